using RegistryBot.LoadTest.Metrics;

namespace RegistryBot.LoadTest.Reports;

public sealed record ErrorSummary(int Total, IReadOnlyDictionary<string, int> ByKind, IReadOnlyList<string> Samples)
{
    public static ErrorSummary From(ErrorLog errors) => new(errors.Total, errors.ByKind, errors.Samples);
}
