using RegistryBot.LoadTest.Machine;

namespace RegistryBot.LoadTest.Reports;

public sealed record CompareReport(
    string Mode,
    MachineInfo Machine,
    int Users,
    int Orders,
    int Warmup,
    string Candidate,
    string Baseline,
    IReadOnlyList<CompareRun> Runs,
    BuildSummary CandidateSummary,
    BuildSummary BaselineSummary,
    PairedFigures Paired);

/// <summary>One run of one build; <see cref="Position"/> 1 ran first in its pair.</summary>
public sealed record CompareRun(
    int Pair,
    int Position,
    string Build,
    double OrdersPerSecond,
    double? BotCpuMsPerOrder,
    double P99InvokeMs,
    double P99OrderMessageMs,
    double PeakRssMiB,
    int Errors);

public sealed record BuildSummary(
    double MeanOrdersPerSecond,
    double MedianOrdersPerSecond,
    double MinOrdersPerSecond,
    double MaxOrdersPerSecond,
    double? MeanBotCpuMsPerOrder,
    double MedianP99InvokeMs,
    double MedianP99OrderMessageMs,
    double MaxPeakRssMiB,
    int Errors);

/// <summary>
/// Pair by pair: the candidate's throughput over the baseline's (geometric mean), how many pairs it
/// won, and the same ratio for whichever build ran first over the one that ran second, which shows
/// how much the order of the runs alone moves the figures.
/// </summary>
public sealed record PairedFigures(
    double CandidateOverBaseline,
    int CandidateWins,
    int Pairs,
    double FirstOverSecond);
