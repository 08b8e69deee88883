using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>
/// Mints the JWTs the Bot Connector would send. <see cref="TeamsKey"/> and <see cref="WebChatKey"/>
/// are published by <see cref="FakeOpenIdServer"/>; <see cref="UnpublishedKey"/> is not.
/// </summary>
public sealed class TestTokenIssuer(string appId) : IDisposable
{
    public const string BotFrameworkIssuer = FakeOpenIdServer.BotFrameworkIssuer;

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public TestSigningKey TeamsKey { get; } = new("teams-key", "msteams");

    public TestSigningKey WebChatKey { get; } = new("webchat-key", "webchat");

    public TestSigningKey UnpublishedKey { get; } = new("unpublished-key", "msteams");

    public IReadOnlyList<TestSigningKey> PublishedKeys => [TeamsKey, WebChatKey];

    /// <summary>A request for a token that the bot must accept for an activity from <paramref name="serviceUrl"/>.</summary>
    public TokenRequest For(string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        return new TokenRequest(BotFrameworkIssuer, appId, serviceUrl, now.AddMinutes(-1), now.AddHours(1), TeamsKey);
    }

    public string Mint(TokenRequest request) => _handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = request.Issuer,
        Audience = request.Audience,
        NotBefore = request.NotBefore.UtcDateTime,
        IssuedAt = request.NotBefore.UtcDateTime,
        Expires = request.Expires.UtcDateTime,
        Claims = new Dictionary<string, object> { ["serviceurl"] = request.ServiceUrl },
        SigningCredentials = new SigningCredentials(request.Key.SecurityKey, SecurityAlgorithms.RsaSha256),
    });

    /// <summary>The same claims with <c>alg: none</c> and an empty signature, which no handler should accept.</summary>
    public static string MintUnsigned(TokenRequest request)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT" };
        var payload = new JsonObject
        {
            ["iss"] = request.Issuer,
            ["aud"] = request.Audience,
            ["serviceurl"] = request.ServiceUrl,
            ["nbf"] = request.NotBefore.ToUnixTimeSeconds(),
            ["exp"] = request.Expires.ToUnixTimeSeconds(),
        };
        return $"{Encode(header)}.{Encode(payload)}.";
    }

    public void Dispose()
    {
        TeamsKey.Dispose();
        WebChatKey.Dispose();
        UnpublishedKey.Dispose();
    }

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
