namespace RegistryBot.Portal.Http.Contracts;

internal sealed record OrderStatusListDto(IReadOnlyList<OrderStatusDto> Items);
