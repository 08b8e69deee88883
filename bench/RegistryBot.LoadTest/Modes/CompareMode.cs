using RegistryBot.LoadTest.Cli;
using RegistryBot.LoadTest.Machine;
using RegistryBot.LoadTest.Metrics;
using RegistryBot.LoadTest.Reports;

namespace RegistryBot.LoadTest.Modes;

/// <summary>
/// Two builds run in turns, pair after pair, the one that goes first alternating: the machine's speed
/// drifts by more than most changes are worth, and a run's place in a pair moves it too, so only
/// interleaved pairs with both orders say which build is faster.
/// </summary>
public static class CompareMode
{
    private const string CandidateName = "candidate";
    private const string BaselineName = "baseline";

    public static async Task<int> RunAsync(CompareSettings settings, BotSettings candidate)
    {
        var baseline = candidate with { DllPath = settings.BaselinePath };
        var runs = new List<CompareRun>();
        for (var pair = 1; pair <= settings.Pairs; pair++)
        {
            var order = pair % 2 == 1
                ? new[] { (CandidateName, candidate), (BaselineName, baseline) }
                : new[] { (BaselineName, baseline), (CandidateName, candidate) };
            for (var position = 1; position <= 2; position++)
            {
                var (name, bot) = order[position - 1];
                var report = await OrdersMode.MeasureAsync(settings.Orders with { JsonPath = null }, bot);
                var run = RunOf(pair, position, name, report);
                runs.Add(run);
                Console.WriteLine(CompareText.Line(run));
            }
        }

        var compared = new CompareReport(
            "compare",
            MachineInfo.Read(),
            settings.Orders.Users,
            settings.Orders.Orders,
            settings.Orders.Warmup,
            candidate.DllPath,
            baseline.DllPath,
            runs,
            Summarise(runs.Where(run => run.Build == CandidateName).ToList()),
            Summarise(runs.Where(run => run.Build == BaselineName).ToList()),
            Paired(runs));
        Console.Write(CompareText.Of(compared));
        await ReportFile.WriteAsync(settings.Orders.JsonPath, compared, ReportJsonContext.Default.CompareReport);
        return runs.All(run => run.Errors == 0) ? 0 : 1;
    }

    private static CompareRun RunOf(int pair, int position, string build, OrdersReport report) => new(
        pair,
        position,
        build,
        report.OrdersPerSecond,
        report.BotCpuMsPerOrder,
        report.LatencyMs["invoke (all)"].P99,
        report.LatencyMs["message order (to first card)"].P99,
        Math.Round(report.Load.BotPeakRssBytes / (1024.0 * 1024.0), 1),
        report.Errors.Total + report.WarmupErrors.Total);

    private static BuildSummary Summarise(IReadOnlyList<CompareRun> runs)
    {
        var throughput = runs.Select(run => run.OrdersPerSecond).ToList();
        var cpu = runs.Where(run => run.BotCpuMsPerOrder is not null).Select(run => run.BotCpuMsPerOrder!.Value).ToList();
        return new BuildSummary(
            Math.Round(throughput.Average(), 1),
            Math.Round(Median.Of(throughput), 1),
            throughput.Min(),
            throughput.Max(),
            cpu.Count == 0 ? null : Math.Round(cpu.Average(), 2),
            Math.Round(Median.Of(runs.Select(run => run.P99InvokeMs)), 2),
            Math.Round(Median.Of(runs.Select(run => run.P99OrderMessageMs)), 2),
            runs.Max(run => run.PeakRssMiB),
            runs.Sum(run => run.Errors));
    }

    private static PairedFigures Paired(IReadOnlyList<CompareRun> runs)
    {
        var pairs = runs.GroupBy(run => run.Pair).Where(pair => pair.Count() == 2).ToList();
        var candidateOverBaseline = pairs.Select(pair =>
            pair.Single(run => run.Build == CandidateName).OrdersPerSecond / pair.Single(run => run.Build == BaselineName).OrdersPerSecond).ToList();
        var firstOverSecond = pairs.Select(pair =>
            pair.Single(run => run.Position == 1).OrdersPerSecond / pair.Single(run => run.Position == 2).OrdersPerSecond).ToList();
        return new PairedFigures(
            Math.Round(GeometricMean(candidateOverBaseline), 3),
            candidateOverBaseline.Count(ratio => ratio > 1),
            pairs.Count,
            Math.Round(GeometricMean(firstOverSecond), 3));
    }

    private static double GeometricMean(IReadOnlyList<double> ratios) =>
        ratios.Count == 0 ? double.NaN : Math.Exp(ratios.Average(ratio => Math.Log(ratio)));
}
