namespace RegistryBot.Ordering.Orders;

/// <summary>What the status sweep needs to know of an open order before it asks the portal about it.</summary>
public sealed record OpenOrder(string Id, string Status, bool Submitted);
