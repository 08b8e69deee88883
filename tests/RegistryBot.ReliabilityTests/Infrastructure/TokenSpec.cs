using Microsoft.IdentityModel.Tokens;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>What a test token claims and how it is signed; start from <see cref="TokenMinter.For"/> and change one thing.</summary>
public sealed record TokenSpec(
    string? Issuer,
    string? Audience,
    string? ServiceUrl,
    DateTimeOffset? NotBefore,
    DateTimeOffset? Expires,
    SecurityKey Key,
    string Algorithm = SecurityAlgorithms.RsaSha256)
{
    public IReadOnlyDictionary<string, object> ExtraClaims { get; init; } = new Dictionary<string, object>();
}
