using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RegistryBot.Teams.Schema;

/// <summary>
/// The body of an answer to an <c>adaptiveCard/action</c> invoke; the HTTP status stays 200 and
/// <see cref="StatusCode"/> carries the outcome (Universal Action Model).
/// </summary>
public sealed class InvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; init; } = 200;
    public string Type { get; init; } = CardType;
    public JsonNode? Value { get; init; }

    public static InvokeResponse Card(JsonObject card) => new() { Value = card };

    public static InvokeResponse Message(string text) =>
        new() { Type = MessageType, Value = JsonValue.Create(text) };

    public static InvokeResponse Error(int statusCode, string code, string message) => new()
    {
        StatusCode = statusCode,
        Type = ErrorType,
        Value = new JsonObject { ["code"] = code, ["message"] = message },
    };
}
