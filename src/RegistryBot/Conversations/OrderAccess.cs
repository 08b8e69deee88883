using RegistryBot.Audit;
using RegistryBot.Ordering.Orders;

namespace RegistryBot.Conversations;

/// <summary>
/// Finds an order for a caller only if they may see it. An order that exists but is not theirs
/// is answered exactly like one that does not exist, and the attempt is audited.
/// </summary>
public sealed class OrderAccess(OrderStore orders, AuditLog audit)
{
    public Order? FindVisible(Caller caller, string? orderId)
    {
        var order = OrderIds.IsWellFormed(orderId) ? orders.Find(orderId!) : null;
        if (order is null)
        {
            return null;
        }

        if (caller.CanSee(order))
        {
            return order;
        }

        audit.Record(AuditKinds.InvisibleOrder, caller, order.Id, order.TenantId == caller.TenantId ? "another user's order" : "another tenant's order");
        return null;
    }
}
