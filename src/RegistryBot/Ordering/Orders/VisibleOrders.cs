namespace RegistryBot.Ordering.Orders;

/// <summary>The newest of the orders a caller may see, and how many they may see in all.</summary>
public sealed record VisibleOrders(IReadOnlyList<Order> Newest, int Total);
