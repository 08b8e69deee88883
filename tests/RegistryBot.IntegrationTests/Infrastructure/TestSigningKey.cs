using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>An RSA 2048 signing key with its key id and the channels the metadata says it endorses.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string keyId, params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The key as the Bot Framework's JWKS publishes it, with its non-standard <c>endorsements</c>.</summary>
    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray([.. Endorsements.Select(endorsement => (JsonNode)endorsement)]),
        };
    }

    public void Dispose() => _rsa.Dispose();
}
