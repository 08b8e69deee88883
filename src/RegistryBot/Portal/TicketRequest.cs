namespace RegistryBot.Portal;

/// <summary>A support ticket about an order. <see cref="RequestId"/> makes a repeated submit open no second ticket.</summary>
public sealed record TicketRequest(string RequestId, string OrderId, string TenantId, string RequestedBy, string Description);
