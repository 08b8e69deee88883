namespace RegistryBot.Portal.Http.Contracts;

internal sealed record NewBillingProfileDto(string Company, string Email, string Address);
