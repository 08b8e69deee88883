using System.Text.Json.Nodes;

namespace RegistryBot.Cards.Templating;

/// <summary>What <c>$when</c> keeps: anything but null, false, an empty string or array, and zero.</summary>
internal static class Truthiness
{
    public static bool Of(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject => true,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<string>(out var text) => text.Length > 0,
        JsonValue value when value.TryGetValue<double>(out var number) => number != 0,
        _ => true,
    };
}
