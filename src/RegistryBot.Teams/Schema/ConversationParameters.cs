namespace RegistryBot.Teams.Schema;

/// <summary>The body of <c>POST v3/conversations</c>, used to open a 1:1 chat with a user.</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public IList<ChannelAccount> Members { get; set; } = [];
    public string? TenantId { get; set; }
    public OutboundActivity? Activity { get; set; }
    public TeamsChannelData? ChannelData { get; set; }
}

public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
}
