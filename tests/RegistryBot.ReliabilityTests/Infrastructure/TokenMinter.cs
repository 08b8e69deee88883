using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>
/// Mints the JWTs the Bot Connector would send (and the forged ones it never would). The channel
/// keys are published by <see cref="FakeOpenIdServer"/>; <see cref="Unpublished"/> is not.
/// </summary>
public sealed class TokenMinter(string appId) : IDisposable
{
    public const string BotFrameworkIssuer = FakeOpenIdServer.BotFrameworkIssuer;

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string AppId => appId;

    /// <summary>The channel's key: endorses msteams.</summary>
    public TestSigningKey Teams { get; } = new("teams-key", "msteams");

    public TestSigningKey WebChatOnly { get; } = new("webchat-key", "webchat");

    /// <summary>Published, but without an <c>endorsements</c> member.</summary>
    public TestSigningKey NoEndorsements { get; } = new("bare-key", endorsements: null);

    public TestSigningKey Unpublished { get; } = new("teams-key-2", "msteams");

    public IReadOnlyList<TestSigningKey> PublishedKeys => [Teams, WebChatOnly, NoEndorsements];

    public TokenSpec For(string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        return new TokenSpec(BotFrameworkIssuer, appId, serviceUrl, now.AddMinutes(-1), now.AddHours(1), Teams.SecurityKey);
    }

    public string Mint(TokenSpec spec)
    {
        var claims = new Dictionary<string, object>(spec.ExtraClaims);
        if (spec.ServiceUrl is not null)
        {
            claims["serviceurl"] = spec.ServiceUrl;
        }

        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            NotBefore = spec.NotBefore?.UtcDateTime,
            IssuedAt = spec.NotBefore?.UtcDateTime,
            Expires = spec.Expires?.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(spec.Key, spec.Algorithm),
        });
    }

    public string Bearer(TokenSpec spec) => "Bearer " + Mint(spec);

    /// <summary>A valid Authorization header for an activity from <paramref name="serviceUrl"/>.</summary>
    public string BearerFor(string serviceUrl) => Bearer(For(serviceUrl));

    /// <summary>The same claims with <c>alg: none</c> and an empty signature.</summary>
    public static string MintUnsigned(TokenSpec spec, string keyId)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = keyId };
        var payload = new JsonObject
        {
            ["iss"] = spec.Issuer,
            ["aud"] = spec.Audience,
            ["serviceurl"] = spec.ServiceUrl,
            ["nbf"] = spec.NotBefore?.ToUnixTimeSeconds(),
            ["exp"] = spec.Expires?.ToUnixTimeSeconds(),
        };
        return $"{Encode(header)}.{Encode(payload)}.";
    }

    public void Dispose()
    {
        foreach (var key in PublishedKeys.Append(Unpublished))
        {
            key.Dispose();
        }
    }

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
