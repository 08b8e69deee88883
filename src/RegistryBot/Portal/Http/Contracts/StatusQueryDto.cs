namespace RegistryBot.Portal.Http.Contracts;

/// <summary>The body of <c>POST /orders/statuses:query</c>: at most 500 ids.</summary>
internal sealed record StatusQueryDto(IReadOnlyList<string> OrderIds);
