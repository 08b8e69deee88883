namespace RegistryBot.Portal.Http.Contracts;

/// <summary>The answer to <c>GET /billing-profiles</c>.</summary>
internal sealed record BillingProfileListDto(IReadOnlyList<BillingProfileDto> Items);
