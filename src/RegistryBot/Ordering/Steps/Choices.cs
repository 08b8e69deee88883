using System.Text.Json.Nodes;

namespace RegistryBot.Ordering.Steps;

/// <summary>Builds the <c>choices</c> array of an Input.ChoiceSet.</summary>
public static class Choices
{
    public static JsonArray Of<T>(IEnumerable<T> items, Func<T, string> title, Func<T, string> value) =>
        new(items.Select(item => (JsonNode)new JsonObject { ["title"] = title(item), ["value"] = value(item) }).ToArray());
}
