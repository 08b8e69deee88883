namespace RegistryBot.Ordering.Orders;

/// <summary>The order a draft became (null if none), and whether this call created it.</summary>
public sealed record PlacementResult(Order? Order, bool Created);
