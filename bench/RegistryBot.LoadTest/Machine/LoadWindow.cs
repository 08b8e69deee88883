using System.Diagnostics;
using RegistryBot.LoadTest.Bot;

namespace RegistryBot.LoadTest.Machine;

/// <summary>
/// CPU spent during one measured phase by the bot, by this tool and by everything else on the
/// machine (other people's builds and tests), so a figure can be read against the load it met.
/// </summary>
public sealed class LoadWindow
{
    private readonly BotUnderTest _bot;
    private readonly long _startedAt;
    private readonly CpuTimes _machine;
    private readonly ProcessSnapshot? _botStart;
    private readonly ThreadTimes? _botThreadsStart;
    private readonly double _driverStart;
    private readonly string _loadAverageStart;

    private LoadWindow(BotUnderTest bot)
    {
        _bot = bot;
        _loadAverageStart = CpuTimes.LoadAverage();
        _machine = CpuTimes.Read();
        _botStart = bot.Snapshot();
        _botThreadsStart = bot.ThreadTimes();
        _driverStart = DriverCpuSeconds();
        _startedAt = Stopwatch.GetTimestamp();
    }

    public static LoadWindow Open(BotUnderTest bot) => new(bot);

    public LoadFigures Close(long botPeakRssBytes)
    {
        var elapsed = Stopwatch.GetElapsedTime(_startedAt).TotalSeconds;
        var driver = DriverCpuSeconds() - _driverStart;
        var botEnd = _bot.Snapshot();
        var botThreads = _bot.ThreadTimes() is { } threadsEnd && _botThreadsStart is { } threadsStart ? threadsEnd.Since(threadsStart, elapsed) : [];
        var machine = CpuTimes.Read();
        double? botCpu = botEnd is { } end && _botStart is { } start ? end.CpuSeconds - start.CpuSeconds : null;
        var machineBusy = machine.BusySeconds - _machine.BusySeconds;
        var machineTotal = machine.TotalSeconds - _machine.TotalSeconds;
        return new LoadFigures(
            elapsed,
            botCpu,
            Math.Max(botPeakRssBytes, botEnd?.RssBytes ?? 0),
            botEnd?.PeakRssBytes,
            driver,
            machineTotal > 0 ? machineBusy / machineTotal * 100 : 0,
            Math.Max(0, machineBusy - driver - (botCpu ?? 0)),
            _loadAverageStart,
            CpuTimes.LoadAverage(),
            botThreads);
    }

    private static double DriverCpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
}
