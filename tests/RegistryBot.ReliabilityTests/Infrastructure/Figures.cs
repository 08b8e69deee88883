using System.Globalization;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>
/// The numbers a run produced (kills survived, tokens rejected, cases run…), written to the test
/// output and, when <c>RELIABILITY_FIGURES</c> names a file, appended to it for docs/reliability.md.
/// </summary>
public static class Figures
{
    private static readonly Lock Gate = new();

    public static void Record(ITestOutputHelper output, string test, string figure, object value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        output.WriteLine($"{figure}: {text}");
        if (Environment.GetEnvironmentVariable("RELIABILITY_FIGURES") is { Length: > 0 } file)
        {
            lock (Gate)
            {
                File.AppendAllText(file, $"{DateTimeOffset.UtcNow:O}\t{test}\t{figure}\t{text}\n");
            }
        }
    }
}
