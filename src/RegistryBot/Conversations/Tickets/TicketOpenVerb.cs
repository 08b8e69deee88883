using System.Text.Json;
using RegistryBot.Cards;
using RegistryBot.Conversations.Waterfall;
using RegistryBot.Ordering.Orders;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Tickets;

/// <summary><c>ticket.open</c>: the status card turns into the ticket form.</summary>
public sealed class TicketOpenVerb(OrderAccess access, TicketCards tickets, NoticeCards notices) : IVerbHandler
{
    public string Verb => "ticket.open";

    public Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken cancellationToken)
    {
        var caller = Caller.From(turn.Activity);
        var orderId = StepData.StringField(data, "orderId") ?? string.Empty;
        var order = access.FindVisible(caller, orderId);
        return Task.FromResult(InvokeResponse.Card(order is not null
            ? tickets.Form(order.Id, TicketRequestIds.New())
            : StatusCommand.NotFound(notices, orderId)));
    }
}
