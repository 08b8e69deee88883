using System.Diagnostics;
using RegistryBot.Tests.Cards.Samples;

namespace RegistryBot.Tests.Manifest;

/// <summary>
/// Runs <c>./package.sh</c>, the documented packaging command, as a user would. TeamsApp__* variables of the test's
/// own environment are not passed on, so only the settings a test gives apply.
/// </summary>
internal static class PackageCommand
{
    private const string SettingsPrefix = "TeamsApp__";

    // The first run restores and builds the tool.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static string Script => Path.Combine(RepositoryLayout.Root, "package.sh");

    public static Task<ProcessResult> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryLayout.Root };
        start.ArgumentList.Add(Script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(IsTeamsAppSetting))
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[SettingsPrefix + name] = value;
        }

        // A build left running in the background would hold the output pipes open.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        return ProcessRunner.RunAsync(start, Timeout);
    }

    private static bool IsTeamsAppSetting(string name) => name.StartsWith(SettingsPrefix, StringComparison.OrdinalIgnoreCase);
}
