using System.Text.Json.Nodes;

namespace RegistryBot.Teams.Schema;

/// <summary>
/// What the bot sends to the connector. Fields the channel owns (id, timestamp, serviceUrl,
/// conversation type) are left out on purpose (activity spec A2031, A2041, A2302).
/// </summary>
public sealed class OutboundActivity
{
    public string Type { get; set; } = ActivityTypes.Message;
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ReplyToId { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public string? Summary { get; set; }

    public static OutboundActivity FromCard(JsonObject card, string? summary = null) => new()
    {
        Attachments = [Attachment.AdaptiveCard(card)],
        Summary = summary,
    };

    public static OutboundActivity FromText(string text) => new() { Text = text, TextFormat = "plain" };
}
