using RegistryBot.LoadTest.Connector;
using RegistryBot.LoadTest.Machine;
using RegistryBot.LoadTest.Metrics;

namespace RegistryBot.LoadTest.Reports;

public sealed record OrdersReport(
    string Mode,
    MachineInfo Machine,
    int Users,
    int Orders,
    int Warmup,
    bool BotStartedByTool,
    string BotLogLevel,
    int OrdersCompleted,
    int OrdersFailed,
    int Turns,
    double ElapsedSeconds,
    double OrdersPerSecond,
    double TurnsPerSecond,
    double? BotCpuMsPerOrder,
    IReadOnlyDictionary<string, LatencySummary> LatencyMs,
    ErrorSummary Errors,
    ErrorSummary WarmupErrors,
    int UnexpectedReplies,
    ConnectorTraffic ConnectorTraffic,
    LoadFigures Load);
