namespace RegistryBot.LoadTest.Cli;

public sealed record StartupSettings(int Runs, TimeSpan Idle, string? JsonPath)
{
    public static StartupSettings Read(CommandLine commandLine) => new(
        commandLine.Int("--runs", 5, min: 1),
        TimeSpan.FromSeconds(commandLine.Int("--idle-seconds", 5, min: 1)),
        commandLine.Text("--json"));
}
