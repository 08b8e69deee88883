namespace RegistryBot.Portal.Http.Contracts;

internal sealed record TicketDto(string Reference, string Url);
