using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>The Bot Framework's OpenID metadata and signing keys, served from 127.0.0.1.</summary>
public sealed class FakeOpenIdServer : IAsyncDisposable
{
    private const string MetadataPath = "/v1/.well-known/openidconfiguration";
    private const string KeysPath = "/v1/.well-known/keys";

    private readonly LoopbackServer _server;

    private FakeOpenIdServer(LoopbackServer server) => _server = server;

    public string MetadataUrl => _server.Origin + MetadataPath;

    public static async Task<FakeOpenIdServer> StartAsync(IReadOnlyList<SigningKey> publishedKeys)
    {
        var keys = new JsonObject { ["keys"] = new JsonArray([.. publishedKeys.Select(key => (JsonNode)key.ToJwk())]) };
        var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet(MetadataPath, (HttpContext http) => Results.Text(new JsonObject
            {
                ["issuer"] = TokenMinter.BotFrameworkIssuer,
                ["authorization_endpoint"] = "https://invalid.botframework.com",
                ["jwks_uri"] = $"{http.Request.Scheme}://{http.Request.Host}{KeysPath}",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            }.ToJsonString(), "application/json"));
            app.MapGet(KeysPath, () => Results.Text(keys.ToJsonString(), "application/json"));
        });
        return new FakeOpenIdServer(server);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
