using RegistryBot.LoadTest.Driver;

namespace RegistryBot.LoadTest.Metrics;

/// <summary>One user's latencies in Stopwatch ticks, by turn kind; owned by that user alone, so no locking.</summary>
public sealed class LatencyRecorder
{
    private readonly List<long>[] _samples = Enum.GetValues<TurnKind>().Select(_ => new List<long>(1024)).ToArray();

    public int Turns => _samples.Sum(samples => samples.Count);

    public void Record(TurnKind kind, long ticks) => _samples[(int)kind].Add(ticks);

    public IReadOnlyList<long> Of(TurnKind kind) => _samples[(int)kind];
}
