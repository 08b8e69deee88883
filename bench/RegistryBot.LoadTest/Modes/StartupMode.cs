using System.Buffers;
using System.Diagnostics;
using System.Text;
using RegistryBot.LoadTest.Bot;
using RegistryBot.LoadTest.Cli;
using RegistryBot.LoadTest.Connector;
using RegistryBot.LoadTest.Driver;
using RegistryBot.LoadTest.Machine;
using RegistryBot.LoadTest.Metrics;
using RegistryBot.LoadTest.Reports;

namespace RegistryBot.LoadTest.Modes;

/// <summary>
/// Cold starts: from starting the process to the first activity answered (a <c>help</c> message,
/// sent again every few milliseconds until the bot takes it), then the RSS after a quiet spell.
/// </summary>
public static class StartupMode
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(StartupSettings settings, BotSettings botSettings)
    {
        if (botSettings.AttachUrl is not null)
        {
            throw new UsageException("startup mode starts the bot itself; leave out --bot-url.");
        }

        await using var connector = await FakeConnector.StartAsync();
        var loadBefore = CpuTimes.LoadAverage();
        var runs = new List<StartupRun>();
        for (var run = 0; run < settings.Runs; run++)
        {
            runs.Add(await MeasureAsync(run, connector, botSettings, settings));
        }

        var report = new StartupReport(
            "startup",
            MachineInfo.Read(),
            (int)settings.Idle.TotalSeconds,
            settings.QuietStart is { } quiet ? (int)quiet.TotalSeconds : null,
            runs,
            Math.Round(Median.Of(runs.Select(run => run.FirstAnswerMs)), 1),
            Math.Round(Median.Of(runs.Select(run => run.FirstTurnMs)), 1),
            Math.Round(Median.Of(runs.Select(run => run.IdleRssMb)), 1),
            loadBefore,
            CpuTimes.LoadAverage());

        Console.Write(TextReport.Of(report));
        await ReportFile.WriteAsync(settings.JsonPath, report, ReportJsonContext.Default.StartupReport);
        return 0;
    }

    private static async Task<StartupRun> MeasureAsync(int run, FakeConnector connector, BotSettings botSettings, StartupSettings settings)
    {
        var identity = new UserIdentity(run, Guid.NewGuid().ToString("N")[..8], "startup-tenant");
        var help = ActivityTemplate.From(new TeamsActivities(connector.ServiceUrl, identity).Message("help"));
        var card = connector.Register(identity.ConversationId).Expect(null);
        var request = new ArrayBufferWriter<byte>();
        var response = new ResponseBuffer();

        await using var bot = BotUnderTest.Start(botSettings, []);
        using var client = new BotClient(bot.Url, 2, TimeSpan.FromSeconds(10));
        if (settings.QuietStart is { } quiet)
        {
            await bot.WaitUntilHealthyAsync(GiveUpAfter);
            await Task.Delay(quiet);
        }

        long sentAt;
        for (var attempt = 1; ; attempt++)
        {
            help.Render(request, Encoding.ASCII.GetBytes($"f:startup-{attempt}"), [], []);
            sentAt = Stopwatch.GetTimestamp();
            try
            {
                if (await client.PostAsync(request.WrittenMemory, response, CancellationToken.None) == 200)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (bot.HasExited || Stopwatch.GetElapsedTime(bot.StartedAt) > GiveUpAfter)
            {
                throw new InvalidOperationException($"The bot did not answer within {GiveUpAfter.TotalSeconds} s.{bot.LogTail()}");
            }

            await Task.Delay(5);
        }

        var answered = Stopwatch.GetElapsedTime(bot.StartedAt);
        var turn = Stopwatch.GetElapsedTime(sentAt);
        var atAnswer = bot.Snapshot();
        var arrival = await card.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(settings.Idle);
        var atIdle = bot.Snapshot();

        var result = new StartupRun(
            Math.Round(answered.TotalMilliseconds, 1),
            Math.Round(Stopwatch.GetElapsedTime(bot.StartedAt, arrival.ArrivedAt).TotalMilliseconds, 1),
            Math.Round(turn.TotalMilliseconds, 1),
            TextReport.Megabytes(atAnswer?.RssBytes ?? 0),
            TextReport.Megabytes(atIdle?.RssBytes ?? 0),
            TextReport.Megabytes(atIdle?.PeakRssBytes ?? 0));
        Console.WriteLine($"run {run + 1}: first answer {result.FirstAnswerMs} ms, first turn {result.FirstTurnMs} ms, idle RSS {result.IdleRssMb} MB");
        return result;
    }
}
