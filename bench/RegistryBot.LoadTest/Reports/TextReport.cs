using System.Globalization;
using System.Text;
using RegistryBot.LoadTest.Machine;
using RegistryBot.LoadTest.Metrics;

namespace RegistryBot.LoadTest.Reports;

/// <summary>The human summaries printed at the end of a run.</summary>
public static class TextReport
{
    public static string Of(OrdersReport report)
    {
        var text = new StringBuilder();
        Line(text, $"orders: {report.Users} users, {report.Orders} orders measured after {report.Warmup} warm-up orders ({MachineLine(report.Machine)})");
        Line(text, $"  completed {report.OrdersCompleted}, failed {report.OrdersFailed}, {report.Turns} turns in {report.ElapsedSeconds:F2} s");
        Line(text, $"  throughput {report.OrdersPerSecond:F1} orders/s, {report.TurnsPerSecond:F1} turns/s; bot CPU per order {(report.BotCpuMsPerOrder is { } perOrder ? $"{perOrder:F2} ms" : "unknown")}");
        Line(text, "  latency (ms)                      count      p50      p95      p99      max     mean");
        foreach (var (kind, summary) in report.LatencyMs)
        {
            Line(text, $"    {kind,-30}{summary.Count,8}{summary.P50,9:F2}{summary.P95,9:F2}{summary.P99,9:F2}{summary.Max,9:F2}{summary.Mean,9:F2}");
        }

        Errors(text, "errors", report.Errors);
        if (report.WarmupErrors.Total > 0)
        {
            Errors(text, "warm-up errors", report.WarmupErrors);
        }

        if (report.UnexpectedReplies > 0)
        {
            Line(text, $"  replies no turn waited for: {report.UnexpectedReplies}");
        }

        var traffic = report.ConnectorTraffic;
        Line(text, $"  at the fake connector: {traffic.Replies} replies, {traffic.ProactiveMessages} status notifications, {traffic.Updates} in-place updates");

        Load(text, report.Load);
        return text.ToString();
    }

    public static string Of(NotificationsReport report)
    {
        var text = new StringBuilder();
        var tally = report.Notifications;
        Line(text, $"notifications: {tally.Orders} orders seeded by {report.Users} users in {report.SeedSeconds:F2} s ({MachineLine(report.Machine)})");
        Line(text, $"  simulator: processing after {report.ProcessingAfterSeconds} s, DONE {report.CompletedAfterSeconds} s later; status job every {report.PollIntervalSeconds} s");
        Line(text, $"  limits at the fake connector: {report.ConversationMessagesPerSecond} messages/s per conversation, {report.TenantRequestsPerSecond} requests/s per tenant");
        Line(text, $"  all {2 * tally.Orders} status messages in: {Seconds(report.MessagesCompleteSeconds)}; all in-place updates in: {Seconds(report.UpdatesCompleteSeconds)} (floor {report.FloorSeconds:F1} s){(report.TimedOut ? "; DEADLINE PASSED" : string.Empty)}");
        Line(text, $"  sends {tally.Requests} (429 answered: {tally.Throttled}); messages accepted {tally.MessagesAccepted}, duplicates {tally.Duplicates}, lost {tally.LostMessages}");
        Line(text, $"  updates accepted {tally.UpdatesAccepted}, missing {tally.MissingUpdates}; unrecognised requests {tally.Unrecognised}");
        Errors(text, "seeding errors", report.SeedErrors);
        Load(text, report.Load);
        return text.ToString();
    }

    public static string Of(StartupReport report)
    {
        var text = new StringBuilder();
        var quiet = report.QuietStartSeconds is { } seconds ? $", first activity {seconds} s after healthy" : ", first activity as soon as it is taken";
        Line(text, $"startup: {report.Runs.Count} runs{quiet} ({MachineLine(report.Machine)}); load average {report.LoadAverageBefore} → {report.LoadAverageAfter}");
        Line(text, $"  run   first answer (ms)   first card (ms)   first turn (ms)   RSS then (MB)   idle RSS after {report.IdleSeconds} s (MB)   VmHWM (MB)");
        for (var i = 0; i < report.Runs.Count; i++)
        {
            var run = report.Runs[i];
            Line(text, $"  {i + 1,3}{run.FirstAnswerMs,20:F1}{run.FirstCardMs,18:F1}{run.FirstTurnMs,18:F1}{run.RssAtFirstAnswerMb,16:F1}{run.IdleRssMb,27:F1}{run.IdleHighWaterMb,13:F1}");
        }

        Line(text, $"  median first answer {report.MedianFirstAnswerMs:F1} ms, median first turn {report.MedianFirstTurnMs:F1} ms, median idle RSS {report.MedianIdleRssMb:F1} MB");
        return text.ToString();
    }

    public static double Megabytes(long bytes) => Math.Round(bytes / 1024.0 / 1024.0, 1);

    private static void Errors(StringBuilder text, string title, ErrorSummary errors)
    {
        Line(text, $"  {title}: {errors.Total}");
        foreach (var (kind, count) in errors.ByKind)
        {
            Line(text, $"    {kind}: {count}");
        }

        foreach (var sample in errors.Samples.Take(3))
        {
            Line(text, $"    e.g. {sample}");
        }
    }

    private static void Load(StringBuilder text, LoadFigures load)
    {
        var botCpu = load.BotCpuSeconds is { } cpu ? $"{cpu:F2} s CPU ({cpu / load.ElapsedSeconds * 100:F0}% of one core)" : "CPU unknown (no pid)";
        Line(text, $"  bot: {botCpu}, peak RSS {Megabytes(load.BotPeakRssBytes)} MB, VmHWM {(load.BotHighWaterRssBytes is { } hwm ? Megabytes(hwm).ToString(CultureInfo.InvariantCulture) : "?")} MB");
        if (load.BotThreads.Count > 0)
        {
            var busiest = load.BotThreads.Take(6).Select(thread => $"{thread.Name}{(thread.Threads > 1 ? $" ×{thread.Threads}" : "")} {thread.PercentOfOneCore:F0}%");
            Line(text, $"  bot threads (% of one core): {string.Join(", ", busiest)}");
        }

        Line(text, $"  driver: {load.DriverCpuSeconds:F2} s CPU; everything else on the machine: {load.OtherCpuSeconds:F2} s CPU");
        Line(text, $"  machine busy {load.MachineBusyPercent:F0}% of all cores; load average {load.LoadAverageBefore} → {load.LoadAverageAfter}");
    }

    private static string MachineLine(MachineInfo machine) => $"{machine.Cores} cores, {machine.MemoryGiB} GiB, {machine.Runtime}";

    private static string Seconds(double? seconds) => seconds is { } value ? $"{value:F2} s" : "never";

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
