using RegistryBot.Cards;
using RegistryBot.Ordering.Orders;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Tickets;

/// <summary><c>ticket &lt;orderId&gt;</c>: the ticket form for one of the caller's visible orders.</summary>
public sealed class TicketCommand(OrderAccess access, TicketCards tickets, NoticeCards notices) : ICommand
{
    public string Name => "ticket";

    public Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var caller = Caller.From(turn.Activity);
        var orderId = arguments.Split(' ', 2)[0].ToUpperInvariant();
        if (orderId.Length == 0)
        {
            var usage = notices.Notice("Which order?", "Type **ticket** followed by the order id, for example `ticket ORD-7NR10SEMN7`. Type **status** to list your orders.");
            return turn.ReplyAsync(OutboundActivity.FromCard(usage), cancellationToken);
        }

        var order = access.FindVisible(caller, orderId);
        var card = order is not null
            ? tickets.Form(order.Id, TicketRequestIds.New())
            : StatusCommand.NotFound(notices, orderId);
        return turn.ReplyAsync(OutboundActivity.FromCard(card), cancellationToken);
    }
}
