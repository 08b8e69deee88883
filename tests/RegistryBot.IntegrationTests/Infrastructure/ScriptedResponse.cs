using System.Globalization;
using System.Text.Json.Nodes;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>An answer the fake connector gives instead of its usual 201.</summary>
public sealed record ScriptedResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    public static ScriptedResponse Status(int statusCode) => new(statusCode, new Dictionary<string, string>(), null);

    public static ScriptedResponse Throttled(int retryAfterSeconds) =>
        new(429, new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) }, null);

    /// <summary>An error in the shape Teams uses: <c>{"error":{"code","message"}}</c>.</summary>
    public static ScriptedResponse TeamsError(int statusCode, string code, string message) => new(
        statusCode,
        new Dictionary<string, string>(),
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString());

    public static ScriptedResponse Created(string id) =>
        new(201, new Dictionary<string, string>(), new JsonObject { ["id"] = id }.ToJsonString());
}
