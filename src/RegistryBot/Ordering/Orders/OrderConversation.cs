namespace RegistryBot.Ordering.Orders;

/// <summary>Where the order was placed: enough to post status updates there later, unprompted.</summary>
public sealed class OrderConversation
{
    public string ConversationId { get; set; } = string.Empty;

    public string? ConversationType { get; set; }

    public string ServiceUrl { get; set; } = string.Empty;

    public string? ChannelId { get; set; }

    public string? BotId { get; set; }

    public string? BotName { get; set; }
}
