using System.Text.Json;

namespace RegistryBot.Conversations.Waterfall;

/// <summary>Reads the plain string fields the order cards put in their action data.</summary>
public static class StepData
{
    public static string? Of(JsonElement data) => StringField(data, "step");

    public static string? StringField(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
