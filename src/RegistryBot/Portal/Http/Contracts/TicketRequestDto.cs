namespace RegistryBot.Portal.Http.Contracts;

/// <summary>The body of <c>POST /tickets</c>.</summary>
internal sealed record TicketRequestDto(string RequestId, string OrderId, string TenantId, string RequestedBy, string Description);
