using RegistryBot.Ordering.Orders;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations;

/// <summary>
/// Who sees which order (conversation contract): never across tenants; in a personal chat the
/// orders the user placed, elsewhere the orders placed in that conversation. A channel is one
/// conversation: its orders are seen from every thread in it, as its members see the threads.
/// </summary>
public static class OrderVisibility
{
    public static bool CanSee(this Caller caller, Order order) =>
        order.TenantId == caller.TenantId
        && (caller.IsPersonal
            ? order.PlacedByUserId == caller.UserId
            : ConversationThreads.SameConversation(order.Conversation.ConversationId, caller.ConversationId));
}
