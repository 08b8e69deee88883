using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using RegistryBot.Tests.Cards.Samples;

namespace RegistryBot.Tests.Manifest;

/// <summary>Runs <c>node tests/cards/check-manifest.mjs</c>: the manifest schema bundled by @microsoft/app-manifest, offline.</summary>
internal static class ManifestChecker
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    public static bool IsInstalled =>
        Directory.Exists(Path.Combine(RepositoryLayout.CardCheckerFolder, "node_modules", "@microsoft", "app-manifest"));

    public static async Task<(ProcessResult Result, IReadOnlyList<string> Errors)> RunAsync(string manifestFile)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = RepositoryLayout.CardCheckerFolder };
        start.ArgumentList.Add(Path.Combine(RepositoryLayout.CardCheckerFolder, "check-manifest.mjs"));
        start.ArgumentList.Add(manifestFile);

        var result = await ProcessRunner.RunAsync(start, Timeout);
        try
        {
            var report = JsonSerializer.Deserialize<Report>(result.Output);
            return (result, report?.Errors ?? throw new InvalidOperationException($"The manifest checker printed no report.\n{result}"));
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"The manifest checker printed no JSON report.\n{result}", exception);
        }
    }

    private sealed record Report([property: JsonPropertyName("errors")] IReadOnlyList<string> Errors);
}
