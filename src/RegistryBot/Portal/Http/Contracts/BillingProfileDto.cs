namespace RegistryBot.Portal.Http.Contracts;

internal sealed record BillingProfileDto(string Id, string Name);
