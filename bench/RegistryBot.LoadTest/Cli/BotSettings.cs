namespace RegistryBot.LoadTest.Cli;

/// <summary>Which bot to drive: one this tool starts from the built dll, or a running one it attaches to.</summary>
public sealed record BotSettings(
    Uri? AttachUrl,
    int? AttachPid,
    string DllPath,
    string Dotnet,
    string LogLevel,
    string? LogPath,
    IReadOnlyList<string> ExtraArgs,
    TimeSpan TurnTimeout)
{
    public static BotSettings Read(CommandLine commandLine)
    {
        var url = commandLine.Text("--bot-url");
        var pid = commandLine.Text("--bot-pid");
        return new BotSettings(
            url is null ? null : new Uri(url.EndsWith('/') ? url : url + "/"),
            pid is null ? null : commandLine.Int("--bot-pid", 0, min: 1),
            commandLine.Text("--bot-dll") ?? RepositoryPaths.DefaultBotDll(),
            commandLine.Text("--dotnet") ?? "dotnet",
            commandLine.Text("--bot-log-level") ?? "Information",
            commandLine.Text("--bot-log") is { } log ? Path.GetFullPath(log) : null,
            commandLine.Texts("--bot-arg"),
            TimeSpan.FromSeconds(commandLine.Int("--turn-timeout", 30, min: 1)));
    }
}
