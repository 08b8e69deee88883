namespace RegistryBot.Audit;

/// <summary>One security-relevant event. Never holds a token, a secret or a message's content.</summary>
public sealed class AuditEvent
{
    /// <summary>A version 7 GUID: unique and ordered by time.</summary>
    public required string Id { get; set; }

    public required string Kind { get; set; }

    public DateTime At { get; set; }

    public string? TenantId { get; set; }

    public string? UserId { get; set; }

    public string? ConversationId { get; set; }

    /// <summary>What the event concerns: an order, a draft, a ticket.</summary>
    public string? Subject { get; set; }

    public string? Detail { get; set; }
}
