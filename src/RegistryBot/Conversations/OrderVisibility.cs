using RegistryBot.Ordering.Orders;

namespace RegistryBot.Conversations;

/// <summary>
/// Who sees which order (conversation contract): never across tenants; in a personal chat the
/// orders the user placed, elsewhere the orders placed in that conversation.
/// </summary>
public static class OrderVisibility
{
    public static bool CanSee(this Caller caller, Order order) =>
        order.TenantId == caller.TenantId
        && (caller.IsPersonal
            ? order.PlacedByUserId == caller.UserId
            : order.Conversation.ConversationId == caller.ConversationId);
}
