namespace RegistryBot.LoadTest.Metrics;

public static class Median
{
    /// <summary>The middle value, or the mean of the two middle values of an even count.</summary>
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
