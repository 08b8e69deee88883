namespace RegistryBot.Conversations;

/// <summary>
/// Where and how to reach a conversation later, without being asked: refreshed from every
/// inbound activity, since Teams may move a conversation to another regional serviceUrl.
/// </summary>
public sealed class ConversationReference
{
    /// <summary>The conversation id (Teams' <c>a:…</c> or <c>19:…</c>).</summary>
    public required string Id { get; set; }

    public required string ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public string? BotId { get; set; }

    public string? BotName { get; set; }

    public string? UserId { get; set; }

    public string? UserAadObjectId { get; set; }

    public string? UserName { get; set; }

    /// <summary>True when the activity that last wrote this reference carried a validated token.</summary>
    public bool Authenticated { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>
    /// Set when Teams answered 403 or 404 (bot removed or blocked, conversation gone): nothing is sent
    /// there until the bot hears from the conversation again, which rewrites this reference.
    /// </summary>
    public DateTime? UnreachableSince { get; set; }
}
