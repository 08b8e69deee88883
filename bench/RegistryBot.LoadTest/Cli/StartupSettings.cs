namespace RegistryBot.LoadTest.Cli;

/// <param name="QuietStart">When set, the first activity is sent only this long after the bot reports healthy.</param>
public sealed record StartupSettings(int Runs, TimeSpan Idle, TimeSpan? QuietStart, string? JsonPath)
{
    public static StartupSettings Read(CommandLine commandLine) => new(
        commandLine.Int("--runs", 5, min: 1),
        TimeSpan.FromSeconds(commandLine.Int("--idle-seconds", 5, min: 1)),
        commandLine.Int("--quiet-start", 0, min: 0) is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : null,
        commandLine.Text("--json"));
}
