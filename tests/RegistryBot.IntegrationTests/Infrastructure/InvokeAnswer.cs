using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>
/// The bot's answer to an <c>adaptiveCard/action</c> invoke (Universal Action Model): a card that
/// replaces the clicked one, a message the client shows, or an error.
/// </summary>
public sealed record InvokeAnswer(int StatusCode, string? Type, JsonNode? Value, string? MessageId)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public bool IsCard => StatusCode == 200 && Type == CardType && Value is JsonObject;

    /// <summary>The card that now shows in the clicked card's message.</summary>
    public BotCard Card => IsCard
        ? new BotCard(MessageId, (JsonObject)Value!)
        : throw new Xunit.Sdk.XunitException($"Expected a card, but the invoke was answered with {this}.");

    /// <summary>The text of a message answer (a polite refusal, for instance).</summary>
    public string Message => StatusCode == 200 && Type == MessageType && Value is JsonValue text && text.TryGetValue<string>(out var message)
        ? message
        : throw new Xunit.Sdk.XunitException($"Expected a message, but the invoke was answered with {this}.");

    public static async Task<InvokeAnswer> ReadAsync(HttpResponseMessage response, string? messageId)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>()
            ?? throw new Xunit.Sdk.XunitException("The invoke was answered with an empty body.");
        return new InvokeAnswer((int?)body["statusCode"] ?? 0, (string?)body["type"], body["value"]?.DeepClone(), messageId);
    }

    public override string ToString() => $"{StatusCode} {Type}: {Value?.ToJsonString()}";
}
