using RegistryBot.LoadTest.Metrics;

namespace RegistryBot.LoadTest.Driver;

public sealed record PhaseResult(OrderTally Orders, IReadOnlyList<LatencyRecorder> Latencies, ErrorLog Errors)
{
    public int Turns => Latencies.Sum(recorder => recorder.Turns);

    public LatencySummary Summary(params TurnKind[] kinds) =>
        LatencySummary.Of(Latencies.SelectMany(recorder => kinds.SelectMany(recorder.Of)));
}
