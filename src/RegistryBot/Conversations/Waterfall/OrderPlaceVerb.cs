using System.Text.Json;
using RegistryBot.Audit;
using RegistryBot.Cards;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using RegistryBot.Ordering.Steps;
using RegistryBot.Storage;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Waterfall;

/// <summary>
/// <c>order.place</c>: with the terms accepted and every answer still valid, the draft becomes an
/// order exactly once (a compare-and-set on the draft), and the summary card turns into the order's
/// status card; the order is handed to the portal after the answer (<see cref="OrderSubmissions"/>).
/// </summary>
public sealed partial class OrderPlaceVerb(
    DraftGuard guard,
    StepCardRenderer cards,
    OrderChoicesCheck choicesCheck,
    OrderStore orders,
    OrderCatalog catalog,
    StatusCards statusCards,
    OrderSubmissions submissions,
    DurableCommit durability,
    AuditLog audit,
    ILogger<OrderPlaceVerb> logger) : IVerbHandler
{
    public string Verb => "order.place";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken cancellationToken)
    {
        var caller = Caller.From(turn.Activity);
        var access = await guard.CheckAsync(caller, data, StepIds.Summary, cancellationToken);
        if (access.Draft is not { } draft)
        {
            return access.Answer!;
        }

        var inputs = new StepInputs(data);
        if (inputs.TrimmedText(InputIds.AcceptTerms) != "true")
        {
            return InvokeResponse.Card(await cards.RenderAsync(
                draft, inputs, ["To place the order, read and accept the terms and agreements."], cancellationToken));
        }

        var checkedChoices = await choicesCheck.CheckAsync(draft, cancellationToken);
        if (checkedChoices.Choices is not { } choices)
        {
            return InvokeResponse.Card(await cards.RenderAsync(draft, inputs, checkedChoices.Errors, cancellationToken));
        }

        var activity = turn.Activity;
        var placement = new OrderPlacement(
            draft.Id,
            draft.TenantId,
            draft.UserId,
            draft.UserName,
            new OrderConversation
            {
                ConversationId = caller.ConversationId,
                ConversationType = activity.Conversation?.ConversationType,
                ServiceUrl = activity.ServiceUrl!,
                ChannelId = activity.ChannelId,
                BotId = activity.Recipient?.Id,
                BotName = activity.Recipient?.Name,
            },
            choices,
            catalog.TermsVersion,
            activity.ReplyToId);

        var result = await orders.PlaceAsync(placement, draft.Version);
        if (result.Order is not { } order)
        {
            return await guard.AfterConflictAsync(caller, draft.Id, cancellationToken);
        }

        if (result.Created)
        {
            // Only acknowledge an order that would survive a power loss.
            var durable = await WaitDurableAsync();
            LogPlaced(order.Id, order.TenantId, order.PlacedByUserId, order.AcceptedTermsVersion);
            audit.RecordBehind(AuditKinds.OrderPlaced, caller, order.Id, $"terms {order.AcceptedTermsVersion} accepted");
            submissions.Enqueue(order);
            if (!durable)
            {
                return NotConfirmed;
            }
        }
        else if (!await WaitDurableAsync())
        {
            return NotConfirmed;
        }

        return InvokeResponse.Card(statusCards.Status(order));
    }

    // Pressing Order now again is safe: placing is idempotent per draft.
    private static InvokeResponse NotConfirmed => InvokeResponse.Error(
        500,
        "NotConfirmed",
        "Your order is recorded, but a storage problem on our side keeps us from confirming it. Press Order now again in a few minutes: it will not be ordered twice.");

    private async Task<bool> WaitDurableAsync()
    {
        try
        {
            return await durability.WaitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Order {OrderId} placed in tenant {TenantId} by {UserId}, terms {TermsVersion} accepted")]
    private partial void LogPlaced(string orderId, string tenantId, string userId, string termsVersion);
}
