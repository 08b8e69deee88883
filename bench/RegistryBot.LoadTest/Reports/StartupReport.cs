using RegistryBot.LoadTest.Machine;

namespace RegistryBot.LoadTest.Reports;

/// <param name="FirstAnswerMs">From starting the process to the HTTP answer of the first activity it handled.</param>
/// <param name="FirstCardMs">From starting the process to that activity's card reaching the fake connector.</param>
/// <param name="FirstTurnMs">From sending that activity to its HTTP answer: the first user's wait.</param>
public sealed record StartupRun(double FirstAnswerMs, double FirstCardMs, double FirstTurnMs, double RssAtFirstAnswerMb, double IdleRssMb, double IdleHighWaterMb);

public sealed record StartupReport(
    string Mode,
    MachineInfo Machine,
    int IdleSeconds,
    int? QuietStartSeconds,
    IReadOnlyList<StartupRun> Runs,
    double MedianFirstAnswerMs,
    double MedianFirstTurnMs,
    double MedianIdleRssMb,
    string LoadAverageBefore,
    string LoadAverageAfter);
