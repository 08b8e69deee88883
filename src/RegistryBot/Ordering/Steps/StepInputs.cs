using System.Text.Json;

namespace RegistryBot.Ordering.Steps;

/// <summary>The values a card sent back, by input id. Clients send most of them as strings, some as numbers.</summary>
public sealed class StepInputs(JsonElement data)
{
    public static StepInputs Empty { get; } = new(JsonDocument.Parse("{}").RootElement);

    public string? Text(string inputId)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(inputId, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    public string TrimmedText(string inputId) => Text(inputId)?.Trim() ?? string.Empty;
}
