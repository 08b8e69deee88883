using System.Text.Json.Serialization;

namespace RegistryBot.Portal.Http.Contracts;

/// <summary>A token endpoint's error answer (RFC 6749, section 5.2).</summary>
internal sealed record TokenErrorDto(
    [property: JsonPropertyName("error")] string? Error = null,
    [property: JsonPropertyName("error_description")] string? ErrorDescription = null);
