namespace RegistryBot.Ordering.Drafts;

/// <summary>
/// An order being filled in, one per user and conversation while open. Every save checks
/// <see cref="Version"/>, so two turns on one draft cannot overwrite each other.
/// </summary>
public sealed class OrderDraft
{
    public const string NewBillingProfileId = "new";

    public required string Id { get; set; }

    /// <summary>Conversation and user together: the key of "the user's open draft in this conversation".</summary>
    public required string OwnerKey { get; set; }

    public required string ConversationId { get; set; }

    public required string TenantId { get; set; }

    public required string UserId { get; set; }

    public string? UserName { get; set; }

    public DraftState State { get; set; } = DraftState.Open;

    public required string CurrentStep { get; set; }

    /// <summary>Set by an edit from the summary: completing the edited step returns to the summary.</summary>
    public bool ReturnToSummary { get; set; }

    public int Version { get; set; }

    public string? ServiceType { get; set; }

    public string? NodeSize { get; set; }

    public int? StorageGb { get; set; }

    public List<string> TrustedSources { get; set; } = [];

    public List<string> TrustedSourceWarnings { get; set; } = [];

    public string? Region { get; set; }

    public string? BillingProfileId { get; set; }

    public NewBillingProfile? NewBilling { get; set; }

    public string? OrderId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public bool WantsNewBillingProfile => BillingProfileId == NewBillingProfileId;

    public static string OwnerKeyOf(string conversationId, string userId) => conversationId + "\n" + userId;
}
