namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>What a test token claims and which key signs it; start from <see cref="TestTokenIssuer.For"/> and change one thing.</summary>
public sealed record TokenRequest(
    string Issuer,
    string Audience,
    string ServiceUrl,
    DateTimeOffset NotBefore,
    DateTimeOffset Expires,
    TestSigningKey Key);
