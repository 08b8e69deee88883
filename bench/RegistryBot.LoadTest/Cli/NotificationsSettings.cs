namespace RegistryBot.LoadTest.Cli;

public sealed record NotificationsSettings(
    int Orders,
    int Users,
    int ConversationMessagesPerSecond,
    int TenantRequestsPerSecond,
    TimeSpan ProcessingAfter,
    TimeSpan CompletedAfter,
    TimeSpan PollInterval,
    TimeSpan Deadline,
    string? JsonPath)
{
    public static NotificationsSettings Read(CommandLine commandLine) => new(
        commandLine.Int("--orders", 200, min: 1),
        commandLine.Int("--users", 20, min: 1),
        commandLine.Int("--conversation-limit", 7, min: 1),
        commandLine.Int("--tenant-limit", 50, min: 1),
        commandLine.Duration("--processing-after", TimeSpan.FromSeconds(5)),
        commandLine.Duration("--completed-after", TimeSpan.FromSeconds(5)),
        commandLine.Duration("--poll-interval", TimeSpan.FromMilliseconds(500)),
        TimeSpan.FromSeconds(commandLine.Int("--deadline", 300, min: 1)),
        commandLine.Text("--json"));
}
