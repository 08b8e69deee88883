using System.Text.Json.Nodes;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>The strings a user reads on an Adaptive Card: text blocks, fact titles and values, action titles.</summary>
public static class CardText
{
    private static readonly HashSet<string> VisibleProperties = ["text", "title", "value"];

    public static IReadOnlyList<string> Lines(JsonNode card) => Collect(card).ToList();

    /// <summary>True when some line begins with <paramref name="word"/> as a whole word, as a listed command does.</summary>
    public static bool HasLineStartingWith(JsonNode card, string word) =>
        Lines(card).Any(line => line.Split(' ', 2)[0].Trim('*', '`').Equals(word, StringComparison.Ordinal));

    private static IEnumerable<string> Collect(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(property =>
            VisibleProperties.Contains(property.Key) && property.Value is JsonValue value && value.TryGetValue<string>(out var text)
                ? [text]
                : Collect(property.Value)),
        JsonArray array => array.SelectMany(Collect),
        _ => [],
    };
}
