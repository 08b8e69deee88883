using RegistryBot.LoadTest.Bot;

namespace RegistryBot.LoadTest.Machine;

/// <param name="BotPeakRssBytes">The highest VmRSS sampled during the phase.</param>
/// <param name="BotHighWaterRssBytes">VmHWM at the end: the highest RSS of the bot's whole life.</param>
/// <param name="MachineBusyPercent">All cores together: 100 means every core was busy the whole time.</param>
/// <param name="OtherCpuSeconds">CPU time of everything but the bot and this tool.</param>
/// <param name="BotThreads">The bot's CPU by thread name, busiest first; empty without its pid.</param>
public sealed record LoadFigures(
    double ElapsedSeconds,
    double? BotCpuSeconds,
    long BotPeakRssBytes,
    long? BotHighWaterRssBytes,
    double DriverCpuSeconds,
    double MachineBusyPercent,
    double OtherCpuSeconds,
    string LoadAverageBefore,
    string LoadAverageAfter,
    IReadOnlyList<ThreadLoad> BotThreads);
