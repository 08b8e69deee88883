using System.Diagnostics;
using System.Globalization;
using RegistryBot.LoadTest.Bot;
using RegistryBot.LoadTest.Cli;
using RegistryBot.LoadTest.Connector;
using RegistryBot.LoadTest.Driver;
using RegistryBot.LoadTest.Machine;
using RegistryBot.LoadTest.Reports;

namespace RegistryBot.LoadTest.Modes;

/// <summary>
/// Proactive delivery under Teams' rate limits: K orders are placed through the contract while the
/// simulator keeps them <c>new</c>; then, with the limits on, the clock runs until every status
/// message and in-place update has been accepted, or the deadline passes.
/// </summary>
public static class NotificationsMode
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(15);

    public static async Task<int> RunAsync(NotificationsSettings settings, BotSettings botSettings)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotUnderTest.StartOrAttachAsync(botSettings, BotArguments(settings));
        using var client = new BotClient(bot.Url, settings.Users * 2, botSettings.TurnTimeout);
        var crowd = Crowd.Create(settings.Users, connector, client, botSettings.TurnTimeout);
        var ledger = new NotificationLedger();
        connector.Ledger = ledger;

        Console.WriteLine($"Bot at {bot.Url} (pid {bot.Pid?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}); seeding {settings.Orders} orders");
        var seedStarted = Stopwatch.GetTimestamp();
        var seeded = await crowd.RunAsync(settings.Orders, ledger.Track);
        var seedSeconds = Stopwatch.GetElapsedTime(seedStarted).TotalSeconds;
        if (seedSeconds > settings.ProcessingAfter.TotalSeconds)
        {
            Console.WriteLine($"warning: seeding took {seedSeconds:F1} s, longer than --processing-after; early notifications went out before the limits were on.");
        }

        connector.Limits = new TeamsRateLimits(settings.ConversationMessagesPerSecond, settings.TenantRequestsPerSecond, TimeProvider.System);
        var sealedAt = Stopwatch.GetTimestamp();
        bool timedOut;
        LoadFigures load;
        await using (var sampler = bot.Pid is { } pid ? new ResourceSampler(pid, TimeSpan.FromMilliseconds(100)) : null)
        {
            var window = LoadWindow.Open(bot);
            ledger.Seal();
            timedOut = !await CompletesAsync(Task.WhenAll(ledger.MessagesComplete, ledger.UpdatesComplete), settings.Deadline, ledger);

            // A duplicate would come in a later round of the status job: keep listening a little.
            await Task.Delay(settings.PollInterval * 4 + TimeSpan.FromSeconds(1));
            load = window.Close(sampler?.PeakRssBytes ?? 0);
        }

        var tally = ledger.Tally();
        var report = new NotificationsReport(
            "notifications",
            MachineInfo.Read(),
            tally.Orders,
            settings.Users,
            settings.ConversationMessagesPerSecond,
            settings.TenantRequestsPerSecond,
            settings.ProcessingAfter.TotalSeconds,
            settings.CompletedAfter.TotalSeconds,
            settings.PollInterval.TotalSeconds,
            Math.Round(seedSeconds, 3),
            ErrorSummary.From(seeded.Errors),
            tally,
            SecondsSince(sealedAt, ledger.MessagesCompletedAt),
            SecondsSince(sealedAt, ledger.UpdatesCompletedAt),
            Math.Round(Math.Max((settings.ProcessingAfter + settings.CompletedAfter).TotalSeconds, 4.0 * tally.Orders / settings.TenantRequestsPerSecond), 2),
            timedOut,
            load);

        Console.Write(TextReport.Of(report));
        await ReportFile.WriteAsync(settings.JsonPath, report, ReportJsonContext.Default.NotificationsReport);
        return timedOut || tally.LostMessages > 0 || tally.Duplicates > 0 || seeded.Errors.Total > 0 ? 1 : 0;
    }

    private static IEnumerable<string> BotArguments(NotificationsSettings settings) =>
    [
        $"--Portal:Simulator:ProcessingAfter={settings.ProcessingAfter:c}",
        $"--Portal:Simulator:CompletedAfter={settings.CompletedAfter:c}",
        $"--StatusPolling:Interval={settings.PollInterval:c}",
    ];

    /// <summary>Waits for <paramref name="task"/> until the deadline, with a progress line every few seconds.</summary>
    private static async Task<bool> CompletesAsync(Task task, TimeSpan deadline, NotificationLedger ledger)
    {
        var started = Stopwatch.GetTimestamp();
        while (!task.IsCompleted)
        {
            var left = deadline - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            await Task.WhenAny(task, Task.Delay(left < ProgressEvery ? left : ProgressEvery));
            if (!task.IsCompleted)
            {
                Console.WriteLine($"  {Stopwatch.GetElapsedTime(started).TotalSeconds,6:F0} s: {ledger.Progress()}");
            }
        }

        await task;
        return true;
    }

    private static double? SecondsSince(long start, long? end) =>
        end is { } value ? Math.Round(Stopwatch.GetElapsedTime(start, value).TotalSeconds, 3) : null;
}
