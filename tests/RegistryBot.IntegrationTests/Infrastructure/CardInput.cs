using System.Globalization;
using System.Text.Json.Nodes;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>An input of an Adaptive Card and the value a Teams client sends for it when the user leaves it as it is.</summary>
public sealed record CardInput(string Id, string Type, string Value, IReadOnlyList<string> Choices)
{
    public static CardInput From(JsonObject input)
    {
        var type = (string?)input["type"] ?? string.Empty;
        var choices = (input["choices"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(choice => (string?)choice["value"] ?? string.Empty)
            .ToList();
        var value = AsText(input["value"]);
        if (type == "Input.Toggle" && value.Length == 0)
        {
            value = AsText(input["valueOff"]) is { Length: > 0 } valueOff ? valueOff : "false";
        }

        return new CardInput((string?)input["id"] ?? string.Empty, type, value, choices);
    }

    /// <summary>Teams sends every input value as a string: numbers in invariant form, toggles as valueOn/valueOff.</summary>
    private static string AsText(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue text when text.TryGetValue<string>(out var s) => s,
        JsonValue number when number.TryGetValue<decimal>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        JsonValue flag when flag.TryGetValue<bool>(out var b) => b ? "true" : "false",
        _ => value.ToJsonString(),
    };
}
