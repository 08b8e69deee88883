using RegistryBot.Cards;
using RegistryBot.Ordering.Orders;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations;

/// <summary><c>status</c> lists the caller's visible orders, newest first; <c>status &lt;orderId&gt;</c> shows one.</summary>
public sealed class StatusCommand(OrderStore orders, OrderAccess access, StatusCards statusCards, NoticeCards notices) : ICommand
{
    private const int ListLimit = 10;

    public string Name => "status";

    public Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var caller = Caller.From(turn.Activity);
        if (arguments.Length == 0)
        {
            var visible = orders.Visible(caller.TenantId, caller.ConversationId, caller.UserId, caller.IsPersonal, ListLimit);
            var title = caller.IsPersonal ? "Your orders" : "Orders placed in this conversation";
            return Reply(turn, statusCards.List(visible, title), cancellationToken);
        }

        var orderId = arguments.Split(' ', 2)[0].ToUpperInvariant();
        var order = access.FindVisible(caller, orderId);
        return order is not null
            ? Reply(turn, statusCards.Status(order), cancellationToken)
            : Reply(turn, NotFound(notices, orderId), cancellationToken);
    }

    // The same answer whether the order does not exist or belongs to someone else: nothing leaks across tenants.
    internal static System.Text.Json.Nodes.JsonObject NotFound(NoticeCards notices, string orderId) =>
        notices.Notice("Order not found", $"I cannot find an order {orderId} that you can see here. Type **status** to list your orders.");

    private static Task Reply(TurnContext turn, System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken) =>
        turn.ReplyAsync(OutboundActivity.FromCard(card), cancellationToken);
}
