using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RegistryBot.TestSupport;

/// <summary>The Bot Framework's OpenID metadata and signing keys, served from 127.0.0.1.</summary>
public sealed class FakeOpenIdServer : IAsyncDisposable
{
    /// <summary>The issuer the metadata names, which the bot's tokens must carry.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    private const string MetadataPath = "/v1/.well-known/openidconfiguration";
    private const string KeysPath = "/v1/.well-known/keys";

    private readonly LoopbackServer _server;

    private FakeOpenIdServer(LoopbackServer server) => _server = server;

    public string MetadataUrl => _server.Origin + MetadataPath;

    public static async Task<FakeOpenIdServer> StartAsync(IReadOnlyList<TestSigningKey> publishedKeys)
    {
        var keys = new JsonObject { ["keys"] = new JsonArray([.. publishedKeys.Select(key => (JsonNode)key.ToJwk())]) };
        var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet(MetadataPath, (HttpContext http) =>
                Results.Text(Metadata($"{http.Request.Scheme}://{http.Request.Host}").ToJsonString(), "application/json"));
            app.MapGet(KeysPath, () => Results.Text(keys.ToJsonString(), "application/json"));
        });
        return new FakeOpenIdServer(server);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static JsonObject Metadata(string origin) => new()
    {
        ["issuer"] = BotFrameworkIssuer,
        ["authorization_endpoint"] = "https://invalid.botframework.com",
        ["jwks_uri"] = origin + KeysPath,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    };
}
