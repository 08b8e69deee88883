using System.Text.Json.Nodes;

namespace RegistryBot.Teams.Schema;

public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public JsonNode? Content { get; set; }

    public static Attachment AdaptiveCard(JsonObject card) =>
        new() { ContentType = AdaptiveCardContentType, Content = card };
}
