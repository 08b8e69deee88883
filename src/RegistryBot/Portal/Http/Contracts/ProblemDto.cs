namespace RegistryBot.Portal.Http.Contracts;

/// <summary>An RFC 9457 problem body (<c>application/problem+json</c>); every member is optional.</summary>
internal sealed record ProblemDto(string? Type = null, string? Title = null, int? Status = null, string? Detail = null, string? Instance = null);
