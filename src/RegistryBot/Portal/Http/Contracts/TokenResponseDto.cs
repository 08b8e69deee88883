using System.Text.Json.Serialization;

namespace RegistryBot.Portal.Http.Contracts;

/// <summary>A token endpoint's success answer (RFC 6749, section 5.1).</summary>
internal sealed record TokenResponseDto(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType = null,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn = null);
