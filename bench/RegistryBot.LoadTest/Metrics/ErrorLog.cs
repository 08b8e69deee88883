using System.Collections.Concurrent;

namespace RegistryBot.LoadTest.Metrics;

/// <summary>Failed turns counted by kind, with the first few details kept for the report.</summary>
public sealed class ErrorLog
{
    private const int MaxSamples = 10;

    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _samples = new();
    private int _total;

    public int Total => Volatile.Read(ref _total);

    public IReadOnlyDictionary<string, int> ByKind => new SortedDictionary<string, int>(_counts, StringComparer.Ordinal);

    public IReadOnlyList<string> Samples => [.. _samples];

    public void Add(string kind, string detail)
    {
        _counts.AddOrUpdate(kind, 1, (_, count) => count + 1);
        if (Interlocked.Increment(ref _total) <= MaxSamples)
        {
            _samples.Enqueue($"{kind}: {detail}");
        }
    }
}
