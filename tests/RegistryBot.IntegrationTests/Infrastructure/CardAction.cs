using System.Text.Json.Nodes;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>A button of an Adaptive Card: its type, title, and for Action.Execute the verb, data and which inputs it sends.</summary>
public sealed record CardAction(string Type, string? Title, string? Verb, string? Url, JsonObject Data, bool SendsInputs)
{
    public string? DataField(string name) => Data[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static CardAction From(JsonObject action) => new(
        (string?)action["type"] ?? string.Empty,
        (string?)action["title"],
        (string?)action["verb"],
        (string?)action["url"],
        action["data"] is JsonObject data ? (JsonObject)data.DeepClone() : [],
        // Adaptive Cards 1.5: "auto" (the default) sends the card's inputs, "none" sends none.
        !string.Equals((string?)action["associatedInputs"], "none", StringComparison.OrdinalIgnoreCase));

    public override string ToString() => $"{Type} '{Title}' {Verb} {Data.ToJsonString()}";
}
