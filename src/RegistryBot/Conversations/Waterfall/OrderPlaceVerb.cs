using System.Text.Json;
using RegistryBot.Audit;
using RegistryBot.Cards;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using RegistryBot.Ordering.Steps;
using RegistryBot.Portal;
using RegistryBot.Storage;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Waterfall;

/// <summary>
/// <c>order.place</c>: with the terms accepted and every answer still valid, the draft becomes an
/// order exactly once (a compare-and-set on the draft), goes to the portal, and the summary card
/// turns into the order's status card. The answer waits for the portal only so long: a slow portal
/// (its client may retry for many seconds) must not hold the card past the few seconds Teams gives
/// an invoke; the submission then finishes behind the answer, or the status job offers the order again.
/// </summary>
public sealed partial class OrderPlaceVerb(
    DraftGuard guard,
    StepCardRenderer cards,
    OrderChoicesCheck choicesCheck,
    OrderStore orders,
    OrderCatalog catalog,
    StatusCards statusCards,
    IRegistryPortal portal,
    DurableCommit durability,
    AuditLog audit,
    ILogger<OrderPlaceVerb> logger) : IVerbHandler
{
    // A healthy portal answers well within this; Teams allows an invoke a few seconds in all.
    private static readonly TimeSpan PortalBudget = TimeSpan.FromSeconds(2);

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
            return await cards.AnswerAsync(
                draft, inputs, ["To place the order, read and accept the terms and agreements."], cancellationToken);
        }

        var checkedChoices = await choicesCheck.CheckAsync(draft, cancellationToken);
        if (checkedChoices.Choices is not { } choices)
        {
            return await cards.AnswerAsync(draft, inputs, checkedChoices.Errors, cancellationToken);
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
            await SubmitWithinBudgetAsync(order, cancellationToken);
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

    private async Task SubmitWithinBudgetAsync(Order order, CancellationToken cancellationToken)
    {
        // Not the request's token: the submission may outlive the request.
        var submitting = SubmitAsync(order, CancellationToken.None);
        try
        {
            await submitting.WaitAsync(PortalBudget, cancellationToken);
        }
        catch (TimeoutException)
        {
            LogPortalSlow(order.Id, PortalBudget.TotalSeconds);
        }
    }

    private async Task SubmitAsync(Order order, CancellationToken cancellationToken)
    {
        try
        {
            var submission = await portal.SubmitOrderAsync(order, cancellationToken);
            if (submission.Accepted)
            {
                _ = orders.MarkSubmittedAsync(order.Id, exception => LogMarkFailed(order.Id, exception.Message));
            }
            else
            {
                // The status job offers it again and, if the portal keeps refusing, reports the order as failed.
                LogPortalRefused(order.Id, submission.Reason);
            }
        }
        catch (Exception exception) when (exception is PortalUnavailableException or HttpRequestException or TimeoutException)
        {
            // The order is stored; the portal learns of it on a later attempt.
            LogPortalUnreachable(order.Id, exception.Message);
        }
        catch (Exception exception)
        {
            // A defect on the portal's side must not turn a stored, acknowledged order into an error.
            LogSubmissionFailed(order.Id, exception);
        }
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Order {OrderId} placed in tenant {TenantId} by {UserId}, terms {TermsVersion} accepted")]
    private partial void LogPlaced(string orderId, string tenantId, string userId, string termsVersion);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "The portal refused order {OrderId}: {Reason}")]
    private partial void LogPortalRefused(string orderId, string? reason);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Could not record that the portal took order {OrderId}; the status job will offer it again: {Reason}")]
    private partial void LogMarkFailed(string orderId, string reason);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "The portal has not answered about order {OrderId} within {Seconds} s; the order's card is shown meanwhile")]
    private partial void LogPortalSlow(string orderId, double seconds);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Error, Message = "Handing order {OrderId} to the portal failed; the status job will offer it again")]
    private partial void LogSubmissionFailed(string orderId, Exception exception);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "The portal could not be reached for order {OrderId}: {Reason}")]
    private partial void LogPortalUnreachable(string orderId, string reason);
}
