using System.Text.Json.Nodes;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>
/// One request the bot sent to the fake connector, the status it was answered with and, for a
/// created or updated activity, the id the connector gave it (Teams' message id).
/// </summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, JsonNode? Body, int ResponseStatus, string? ResponseId = null)
{
    public bool IsFor(string conversationId) =>
        Path.StartsWith(ActivitiesPath(conversationId), StringComparison.Ordinal);

    public bool Succeeded => ResponseStatus is >= 200 and < 300;

    /// <summary>A new message the bot posted on its own (proactive): <c>POST …/activities</c>.</summary>
    public bool IsProactivePost(string conversationId) =>
        Method == "POST" && Path == ActivitiesPath(conversationId);

    /// <summary>The bot's answer to one inbound activity: <c>POST …/activities/{activityId}</c>.</summary>
    public bool IsReplyTo(string conversationId, string activityId) =>
        Method == "POST" && Path == $"{ActivitiesPath(conversationId)}/{activityId}";

    /// <summary>An existing message changed in place: <c>PUT …/activities/{messageId}</c>.</summary>
    public bool IsUpdateOf(string conversationId, string messageId) =>
        Method == "PUT" && Path == $"{ActivitiesPath(conversationId)}/{messageId}";

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

    // Kestrel hands the path over unescaped, so conversation ids appear as Teams spells them.
    private static string ActivitiesPath(string conversationId) => $"/v3/conversations/{conversationId}/activities";
}
