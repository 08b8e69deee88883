using RegistryBot.LoadTest.Connector;
using RegistryBot.LoadTest.Machine;

namespace RegistryBot.LoadTest.Reports;

/// <param name="MessagesCompleteSeconds">From the end of seeding until the last expected status message was accepted.</param>
/// <param name="FloorSeconds">About the least any bot could take: the simulator's delays for the last order placed, or four requests per order at the tenant limit, whichever is longer.</param>
public sealed record NotificationsReport(
    string Mode,
    MachineInfo Machine,
    int Orders,
    int Users,
    int ConversationMessagesPerSecond,
    int TenantRequestsPerSecond,
    double ProcessingAfterSeconds,
    double CompletedAfterSeconds,
    double PollIntervalSeconds,
    double SeedSeconds,
    ErrorSummary SeedErrors,
    NotificationTally Notifications,
    double? MessagesCompleteSeconds,
    double? UpdatesCompleteSeconds,
    double FloorSeconds,
    bool TimedOut,
    LoadFigures Load);
