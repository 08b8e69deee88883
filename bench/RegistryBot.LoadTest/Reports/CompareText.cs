using System.Globalization;
using System.Text;

namespace RegistryBot.LoadTest.Reports;

/// <summary>The human lines of a comparison: one per run as it ends, and the summary.</summary>
public static class CompareText
{
    public static string Line(CompareRun run) => string.Create(
        CultureInfo.InvariantCulture,
        $"  pair {run.Pair} run {run.Position}: {run.Build,-9} {run.OrdersPerSecond,7:F1} orders/s, {Cpu(run.BotCpuMsPerOrder)} CPU per order, p99 invoke {run.P99InvokeMs:F1} ms, p99 order → card {run.P99OrderMessageMs:F1} ms, peak RSS {run.PeakRssMiB:F1} MB, errors {run.Errors}");

    public static string Of(CompareReport report)
    {
        var text = new StringBuilder();
        Append(text, $"compare: {report.Users} users, {report.Orders} orders after {report.Warmup} warm-up orders, {report.Paired.Pairs} pairs ({report.Machine.Cores} cores, {report.Machine.MemoryGiB} GiB, {report.Machine.Runtime})");
        Append(text, $"  candidate {report.Candidate}");
        Append(text, $"  baseline  {report.Baseline}");
        Append(text, "                orders/s: mean   median      min      max   CPU/order   p99 invoke   p99 order→card   peak RSS   errors");
        Summary(text, "candidate", report.CandidateSummary);
        Summary(text, "baseline", report.BaselineSummary);
        var paired = report.Paired;
        Append(text, $"  candidate / baseline, pair by pair (geometric mean): {paired.CandidateOverBaseline:F3}; the candidate faster in {paired.CandidateWins} of {paired.Pairs} pairs");
        Append(text, $"  first run / second run of a pair, whichever build: {paired.FirstOverSecond:F3} (how much the order alone moves a pair)");
        return text.ToString();
    }

    private static void Summary(StringBuilder text, string name, BuildSummary summary) => Append(
        text,
        $"  {name,-9}{summary.MeanOrdersPerSecond,20:F1}{summary.MedianOrdersPerSecond,9:F1}{summary.MinOrdersPerSecond,9:F1}{summary.MaxOrdersPerSecond,9:F1}{Cpu(summary.MeanBotCpuMsPerOrder),12}{summary.MedianP99InvokeMs,10:F1} ms{summary.MedianP99OrderMessageMs,14:F1} ms{summary.MaxPeakRssMiB,8:F1} MB{summary.Errors,9}");

    private static string Cpu(double? milliseconds) => milliseconds is { } value ? string.Create(CultureInfo.InvariantCulture, $"{value:F2} ms") : "?";

    private static void Append(StringBuilder text, string line) => text.Append(line).Append('\n');
}
