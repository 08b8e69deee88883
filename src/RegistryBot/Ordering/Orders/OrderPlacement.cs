namespace RegistryBot.Ordering.Orders;

/// <summary>Everything needed to turn a completed draft into an order.</summary>
public sealed record OrderPlacement(
    string DraftId,
    string TenantId,
    string UserId,
    string? UserName,
    OrderConversation Conversation,
    OrderChoices Choices,
    string TermsVersion,
    string? CardActivityId);
