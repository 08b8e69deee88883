using RegistryBot.LoadTest.Bot;
using RegistryBot.LoadTest.Cli;
using RegistryBot.LoadTest.Connector;
using RegistryBot.LoadTest.Driver;
using RegistryBot.LoadTest.Machine;
using RegistryBot.LoadTest.Metrics;
using RegistryBot.LoadTest.Reports;

namespace RegistryBot.LoadTest.Modes;

/// <summary>Throughput and latency of complete orders: U users in a closed loop, after an uncounted warm-up.</summary>
public static class OrdersMode
{
    public static async Task<int> RunAsync(OrdersSettings settings, BotSettings botSettings)
    {
        var report = await MeasureAsync(settings, botSettings);
        Console.Write(TextReport.Of(report));
        await ReportFile.WriteAsync(settings.JsonPath, report, ReportJsonContext.Default.OrdersReport);
        return report.Errors.Total == 0 ? 0 : 1;
    }

    /// <summary>One measured run against a bot of its own (or the one attached to), reported but not printed.</summary>
    public static async Task<OrdersReport> MeasureAsync(OrdersSettings settings, BotSettings botSettings)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotUnderTest.StartOrAttachAsync(botSettings, []);
        using var client = new BotClient(bot.Url, settings.Users * 2, botSettings.TurnTimeout);
        var crowd = Crowd.Create(settings.Users, connector, client, botSettings.TurnTimeout);

        Console.WriteLine($"Bot at {bot.Url} (pid {bot.Pid?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}); fake connector at {connector.ServiceUrl}");
        var warmup = settings.Warmup > 0 ? await crowd.RunAsync(settings.Warmup) : null;

        PhaseResult measured;
        LoadFigures load;
        ConnectorTraffic trafficBefore;
        await using (var sampler = bot.Pid is { } pid ? new ResourceSampler(pid, TimeSpan.FromMilliseconds(50)) : null)
        {
            var window = LoadWindow.Open(bot);
            trafficBefore = connector.Traffic;
            measured = await crowd.RunAsync(settings.Orders);
            load = window.Close(sampler?.PeakRssBytes ?? 0);
        }

        return new OrdersReport(
            "orders",
            MachineInfo.Read(),
            settings.Users,
            settings.Orders,
            settings.Warmup,
            bot.Started,
            botSettings.LogLevel,
            measured.Orders.Completed,
            measured.Orders.Failed,
            measured.Turns,
            Math.Round(load.ElapsedSeconds, 3),
            Math.Round(measured.Orders.Completed / load.ElapsedSeconds, 1),
            Math.Round(measured.Turns / load.ElapsedSeconds, 1),
            load.BotCpuSeconds is { } cpu && measured.Orders.Completed > 0 ? Math.Round(cpu * 1000 / measured.Orders.Completed, 2) : null,
            new Dictionary<string, LatencySummary>
            {
                ["message order (to first card)"] = measured.Summary(TurnKind.OrderMessage),
                ["invoke order.next"] = measured.Summary(TurnKind.OrderNext),
                ["invoke order.place"] = measured.Summary(TurnKind.OrderPlace),
                ["invoke (all)"] = measured.Summary(TurnKind.OrderNext, TurnKind.OrderPlace),
            },
            ErrorSummary.From(measured.Errors),
            ErrorSummary.From(warmup?.Errors ?? new ErrorLog()),
            connector.UnexpectedReplies,
            connector.Traffic - trafficBefore,
            load);
    }
}
