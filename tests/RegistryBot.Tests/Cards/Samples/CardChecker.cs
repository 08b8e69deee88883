using System.Diagnostics;
using System.Text.Json;

namespace RegistryBot.Tests.Cards.Samples;

/// <summary>
/// Runs <c>node tests/cards/check-cards.mjs</c> on a folder of bound cards. The schema check runs when
/// <c>ADAPTIVE_CARD_SCHEMA</c> is set in the test's environment, which the child process inherits.
/// </summary>
internal static class CardChecker
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Script => Path.Combine(RepositoryLayout.CardCheckerFolder, "check-cards.mjs");

    public static bool IsInstalled => Directory.Exists(Path.Combine(RepositoryLayout.CardCheckerFolder, "node_modules", "adaptivecards"));

    public static async Task<CardCheckerReport> RunAsync(string cardsFolder)
    {
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { Script, cardsFolder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryLayout.CardCheckerFolder,
        };

        using var process = StartNode(start);
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The card checker did not finish within {Timeout}.");
        }

        var standardOutput = await output;
        var standardError = await error;
        CheckerOutput? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<CheckerOutput>(standardOutput);
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException(
                $"The card checker exited with {process.ExitCode} without a JSON report ({exception.Message}).\n{standardError}\n{standardOutput}", exception);
        }

        return parsed is null
            ? throw new InvalidOperationException($"The card checker exited with {process.ExitCode} and printed no report.\n{standardError}")
            : new CardCheckerReport(process.ExitCode, parsed.Cards, parsed.SchemaChecked, standardError);
    }

    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("The card checker needs Node.js 20 or later on the PATH as 'node'.", exception);
        }
    }
}
