namespace RegistryBot.Notifications;

/// <summary>
/// One status message to post, written in the same transaction as the status change it announces.
/// Its id is (order, status), so a change can never be announced twice.
/// </summary>
public sealed class OutboxEntry
{
    public required string Id { get; set; }

    public required string OrderId { get; set; }

    public required string Status { get; set; }

    public required string ConversationId { get; set; }

    public OutboxState State { get; set; } = OutboxState.Pending;

    public int Attempts { get; set; }

    /// <summary>Attempts the connector refused for the activity itself; only these lead to giving up.</summary>
    public int Refusals { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public DateTime? DeliveredAt { get; set; }

    public string? ActivityId { get; set; }

    public string? LastError { get; set; }

    public static string IdOf(string orderId, string status) => orderId + ":" + status;
}
