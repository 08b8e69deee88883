using System.Text.Json.Nodes;

namespace RegistryBot.Tests.Portal;

/// <summary>One request as the fake portal received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public JsonObject Json() => JsonNode.Parse(Body)!.AsObject();
}
