using RegistryBot.Cards;
using RegistryBot.Conversations;
using RegistryBot.Ordering.Orders;
using RegistryBot.Teams.Connector;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Notifications;

/// <summary>
/// Sends one notification: a new message with the status card as of that status; separately, the
/// original status card updated in place to the order's current state (best effort, and after
/// the notification is recorded as delivered, so a crash in between cannot post it twice). Each
/// request waits for its turn under Teams' limits (<see cref="ProactivePacing"/>).
/// </summary>
public sealed partial class StatusNotifier(
    IConnectorClient connector,
    ConversationReferenceStore references,
    StatusCards cards,
    ProactivePacing pacing,
    ILogger<StatusNotifier> logger)
{
    public async Task<ConnectorResult> PostAsync(Order order, string status, CancellationToken cancellationToken)
    {
        var reference = references.Find(order.Conversation.ConversationId);
        if (reference?.UnreachableSince is not null)
        {
            return new ConnectorResult(ConnectorOutcome.ConversationGone, ErrorCode: "Unreachable", ErrorMessage: "Teams refused this conversation earlier; waiting to hear from it again.");
        }

        // Teams may have moved the conversation to another regional serviceUrl since the order was placed.
        var serviceUrl = reference?.ServiceUrl ?? order.Conversation.ServiceUrl;
        var message = OutboundActivity.FromCard(cards.Status(order.AsOf(status), canRaiseTicket: true), $"Order {order.Id}: {status}");
        message.From = new ChannelAccount { Id = order.Conversation.BotId, Name = order.Conversation.BotName };

        await pacing.WaitMessageTurnAsync(order.TenantId, order.Conversation.ConversationId, cancellationToken);
        var result = await connector.SendToConversationAsync(serviceUrl, order.Conversation.ConversationId, message, cancellationToken);
        if (result.Outcome == ConnectorOutcome.ConversationGone)
        {
            references.MarkUnreachable(order.Conversation.ConversationId);
        }

        return result;
    }

    public async Task UpdateOriginalCardAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.StatusCardActivityId is not { } cardId)
        {
            return;
        }

        var serviceUrl = references.Find(order.Conversation.ConversationId)?.ServiceUrl ?? order.Conversation.ServiceUrl;
        var update = OutboundActivity.FromCard(cards.Status(order, canRaiseTicket: true));
        update.From = new ChannelAccount { Id = order.Conversation.BotId, Name = order.Conversation.BotName };
        await pacing.WaitTurnAsync(order.TenantId, cancellationToken);
        var result = await connector.UpdateActivityAsync(serviceUrl, order.Conversation.ConversationId, cardId, update, cancellationToken);
        if (!result.IsSent)
        {
            LogUpdateFailed(order.Id, result.Outcome, result.StatusCode);
        }
    }

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Could not update the original status card of order {OrderId}: {Outcome} ({StatusCode})")]
    private partial void LogUpdateFailed(string orderId, ConnectorOutcome outcome, int? statusCode);
}
