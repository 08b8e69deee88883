using System.Globalization;
using System.Text.Json.Nodes;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>How the fake connector answers one request.</summary>
public sealed record ConnectorAnswer(int StatusCode, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>How long to wait before answering; the bot may give up meanwhile.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Take the message before the delay (it is in the chat even if the bot never hears the answer).</summary>
    public bool StoreBeforeDelay { get; init; }

    public bool Accepts => StatusCode is >= 200 and < 300;

    public static ConnectorAnswer Created() => new(201);

    public static ConnectorAnswer Status(int statusCode) => new(statusCode);

    public static ConnectorAnswer Throttled(int retryAfterSeconds) =>
        new(429, null, new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) });

    /// <summary>An error in the shape Teams uses: <c>{"error":{"code","message"}}</c>.</summary>
    public static ConnectorAnswer TeamsError(int statusCode, string code) => new(
        statusCode,
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = code } }.ToJsonString());

    /// <summary>Takes the message, then keeps the bot waiting for the answer.</summary>
    public static ConnectorAnswer AcceptedButSlow(TimeSpan delay) => new(201) { Delay = delay, StoreBeforeDelay = true };
}
