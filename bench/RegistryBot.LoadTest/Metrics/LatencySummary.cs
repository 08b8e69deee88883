using System.Diagnostics;

namespace RegistryBot.LoadTest.Metrics;

/// <summary>Percentiles in milliseconds (nearest rank) of every sample of one kind.</summary>
public sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencySummary Of(IEnumerable<long> ticks)
    {
        var sorted = ticks.ToArray();
        if (sorted.Length == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        Array.Sort(sorted);
        return new LatencySummary(
            sorted.Length,
            Milliseconds(Percentile(sorted, 0.50)),
            Milliseconds(Percentile(sorted, 0.95)),
            Milliseconds(Percentile(sorted, 0.99)),
            Milliseconds(sorted[^1]),
            Math.Round(sorted.Average(Milliseconds), 3));
    }

    private static long Percentile(long[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Milliseconds(long ticks) => Math.Round(ticks * 1000.0 / Stopwatch.Frequency, 3);
}
