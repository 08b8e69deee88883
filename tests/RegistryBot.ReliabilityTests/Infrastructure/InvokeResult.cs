using System.Net;
using System.Text.Json.Nodes;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>The bot's HTTP answer to an invoke, and the invoke response in its body.</summary>
public sealed record InvokeResult(HttpStatusCode Http, string RawBody, JsonObject? Body)
{
    public int StatusCode => (int?)Body?["statusCode"] ?? 0;

    public string? Type => (string?)Body?["type"];

    public JsonNode? Value => Body?["value"];

    /// <summary>The card that replaces the clicked one, or null when the answer is not a card.</summary>
    public JsonObject? Card => StatusCode == 200 && Type == "application/vnd.microsoft.card.adaptive" ? Value as JsonObject : null;

    public override string ToString() => $"HTTP {(int)Http}: {RawBody}";
}
