using System.ComponentModel.DataAnnotations;

namespace RegistryBot.Notifications;

public sealed class StatusPollingOptions
{
    public const string SectionName = "StatusPolling";

    /// <summary>How often the status job asks the portal and delivers notifications.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Open orders asked about per portal call.</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 200;

    /// <summary>Notifications taken per delivery round.</summary>
    [Range(1, 10_000)]
    public int DeliveryBatchSize { get; set; } = 500;

    /// <summary>Conversations served at once; each conversation's notifications go one after another, in order.</summary>
    [Range(1, 64)]
    public int MaxParallelConversations { get; set; } = 32;

    /// <summary>
    /// Refusals before a notification the connector keeps refusing for itself (a 400, say) is given up as
    /// undeliverable. Throttling (429, 412, 502-504) and outages (unreachable, timeouts, 401, no token) never count.
    /// </summary>
    [Range(1, 1000)]
    public int MaxDeliveryAttempts { get; set; } = 20;

    /// <summary>
    /// Requests a second to one tenant, status messages and card updates together; Teams allows 50 per
    /// app and tenant. 0 turns the pacing off.
    /// </summary>
    [Range(0, 1000)]
    public int TenantRequestsPerSecond { get; set; } = 45;

    /// <summary>
    /// The least time between two status messages to one conversation; Teams allows 7 in 1 s, 8 in 2 s
    /// and 60 in 30 s to a conversation. Zero turns this pacing off.
    /// </summary>
    public TimeSpan ConversationMessageInterval { get; set; } = TimeSpan.FromMilliseconds(510);

    /// <summary>The longest wait between two attempts of one notification.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);
}
