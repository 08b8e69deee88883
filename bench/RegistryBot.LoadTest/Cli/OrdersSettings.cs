namespace RegistryBot.LoadTest.Cli;

public sealed record OrdersSettings(int Users, int Orders, int Warmup, string? JsonPath)
{
    public static OrdersSettings Read(CommandLine commandLine) => new(
        commandLine.Int("--users", 50, min: 1),
        commandLine.Int("--orders", 2000, min: 1),
        commandLine.Int("--warmup", 200),
        commandLine.Text("--json"));
}
