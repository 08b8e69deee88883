namespace RegistryBot.Portal;

/// <summary>What the portal says of one order: a status of <see cref="Ordering.Orders.OrderStatus"/>, since when, and why (for <c>failed</c>).</summary>
public sealed record PortalOrderStatus(string OrderId, string Status, DateTime? ChangedAt, string? Reason);
