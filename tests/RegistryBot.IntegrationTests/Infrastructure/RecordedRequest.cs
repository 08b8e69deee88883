using System.Text.Json.Nodes;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>One request the bot sent to the fake connector, and the status it was answered with.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, JsonNode? Body, int ResponseStatus)
{
    public bool IsFor(string conversationId) =>
        Path.StartsWith($"/v3/conversations/{conversationId}/activities", StringComparison.Ordinal);

    /// <summary>The content of every Adaptive Card attachment in the body.</summary>
    public IReadOnlyList<JsonObject> AdaptiveCards() =>
        (Body?["attachments"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(attachment => (string?)attachment["contentType"] == "application/vnd.microsoft.card.adaptive")
            .Select(attachment => attachment["content"])
            .OfType<JsonObject>()
            .ToList();

    public JsonObject SingleAdaptiveCard() => Assert.Single(AdaptiveCards());

    public override string ToString() => $"{Method} {Path} -> {ResponseStatus}";
}
