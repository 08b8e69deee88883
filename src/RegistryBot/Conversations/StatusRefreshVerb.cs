using System.Text.Json;
using RegistryBot.Cards;
using RegistryBot.Conversations.Waterfall;
using RegistryBot.Ordering.Orders;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations;

/// <summary><c>status.refresh</c>: re-render one order's status card.</summary>
public sealed class StatusRefreshVerb(OrderAccess access, StatusCards statusCards, NoticeCards notices) : IVerbHandler
{
    public string Verb => "status.refresh";

    public Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken cancellationToken)
    {
        var caller = Caller.From(turn.Activity);
        var orderId = StepData.StringField(data, "orderId") ?? string.Empty;
        var order = access.FindVisible(caller, orderId);
        return Task.FromResult(order is not null
            ? InvokeResponse.Card(statusCards.Status(order))
            : InvokeResponse.Card(StatusCommand.NotFound(notices, orderId)));
    }
}
