using LiteDB;
using Microsoft.Extensions.Options;
using RegistryBot.Ordering.Orders;
using RegistryBot.Teams.Connector;

namespace RegistryBot.Notifications;

/// <summary>
/// Delivers due outbox entries: conversations in parallel, each conversation's entries in order.
/// A throttled conversation waits (honouring Retry-After), and after a 429 its whole tenant does
/// (<see cref="TenantThrottle"/>), without holding up other tenants; a
/// conversation that is gone (403/404) is given up, not retried forever. An outage (the connector
/// unreachable, timeouts, no token, 401) is waited out however long it lasts; only a notification
/// the connector keeps refusing (a 400, a 500) is given up, after <c>MaxDeliveryAttempts</c> refusals.
/// </summary>
public sealed partial class OutboxDelivery(
    OutboxStore outbox,
    OrderStore orders,
    StatusNotifier notifier,
    TenantThrottle throttle,
    IOptions<StatusPollingOptions> options,
    TimeProvider time,
    ILogger<OutboxDelivery> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var due = outbox.Due(time.GetUtcNow().UtcDateTime, settings.DeliveryBatchSize);
        var delivered = 0;
        await Parallel.ForEachAsync(
            due.GroupBy(entry => entry.ConversationId, StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelConversations, CancellationToken = cancellationToken },
            async (conversation, token) =>
            {
                var count = await DeliverConversationAsync(conversation.ToList(), token);
                Interlocked.Add(ref delivered, count);
            });
        return delivered;
    }

    private async Task<int> DeliverConversationAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var entry in entries)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return delivered;
            }

            var order = orders.Find(entry.OrderId);
            if (order is null)
            {
                await GiveUpAsync(entry, "the order no longer exists");
                continue;
            }

            if (throttle.PausedUntil(order.TenantId) is not null)
            {
                // Not an attempt: nothing is sent, and the entry stays due for the round after the pause.
                return delivered;
            }

            var result = await PostAsync(order, entry.Status, cancellationToken);
            entry.Attempts++;
            if (result.Outcome == ConnectorOutcome.Failed && !result.IsTransientFailure)
            {
                entry.Refusals++;
            }

            switch (result.Outcome)
            {
                case ConnectorOutcome.Sent:
                    entry.State = OutboxState.Delivered;
                    entry.DeliveredAt = time.GetUtcNow().UtcDateTime;
                    entry.ActivityId = result.Id;
                    entry.LastError = null;
                    await outbox.UpdateAsync(entry);
                    delivered++;
                    await UpdateOriginalCardAsync(order, cancellationToken);
                    continue;
                case ConnectorOutcome.ConversationGone:
                    await GiveUpAsync(entry, $"{result.StatusCode} {result.ErrorCode}: the bot was removed or the conversation is gone");
                    continue;
                case ConnectorOutcome.Failed when entry.Refusals >= options.Value.MaxDeliveryAttempts:
                    await GiveUpAsync(entry, $"{result.StatusCode} {result.ErrorCode} {result.ErrorMessage} after {entry.Refusals} refusals");
                    continue;
                default:
                    // Keep this conversation's order: nothing after this entry goes out before it.
                    await RescheduleAsync(entry, result);
                    if (result.StatusCode == 429)
                    {
                        throttle.Pause(order.TenantId, entry.NextAttemptAt);
                    }

                    return delivered;
            }
        }

        return delivered;
    }

    private async Task<ConnectorResult> PostAsync(Order order, string status, CancellationToken cancellationToken)
    {
        try
        {
            // A shutdown cancels a POST in flight, so the process exits within Shutdown:Timeout; if the connector
            // had taken it, the next start posts it again: the one duplicate an ambiguous send may cost.
            return await notifier.PostAsync(order, status, cancellationToken);
        }
        catch (Exception exception) when (exception is not (LiteException or IOException or ObjectDisposedException or OperationCanceledException))
        {
            // A defect for this one notification must not stop the other conversations' deliveries.
            LogPostFailed(order.Id, status, exception);
            return new ConnectorResult(ConnectorOutcome.Failed, ErrorCode: "Exception", ErrorMessage: exception.Message);
        }
    }

    private async Task UpdateOriginalCardAsync(Order order, CancellationToken cancellationToken)
    {
        try
        {
            await notifier.UpdateOriginalCardAsync(order, cancellationToken);
        }
        catch (Exception exception) when (exception is not (LiteException or IOException or ObjectDisposedException or OperationCanceledException))
        {
            // Best effort: the notification itself is delivered and recorded.
            LogUpdateFailed(order.Id, exception);
        }
    }

    private async Task RescheduleAsync(OutboxEntry entry, ConnectorResult result)
    {
        // Retry-After is Teams' to set, and is honoured in full; only the bot's own backoff is capped.
        var backoff = Backoff(entry.Attempts);
        var wait = result.RetryAfter ?? (backoff < options.Value.MaxBackoff ? backoff : options.Value.MaxBackoff);
        entry.NextAttemptAt = time.GetUtcNow().UtcDateTime + wait;
        entry.LastError = $"{result.Outcome} {result.StatusCode} {result.ErrorCode}".Trim();
        await outbox.UpdateAsync(entry);
        LogRescheduled(entry.Id, entry.LastError, entry.NextAttemptAt);
    }

    private async Task GiveUpAsync(OutboxEntry entry, string reason)
    {
        entry.State = OutboxState.Undeliverable;
        entry.LastError = reason;
        await outbox.UpdateAsync(entry);
        LogUndeliverable(entry.Id, reason);
    }

    private static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempts), 3600) * (0.8 + (Random.Shared.NextDouble() * 0.4)));

    [LoggerMessage(EventId = 6201, Level = LogLevel.Information, Message = "Notification {EntryId} postponed ({Reason}) until {NextAttemptAt:O}")]
    private partial void LogRescheduled(string entryId, string reason, DateTime nextAttemptAt);

    [LoggerMessage(EventId = 6203, Level = LogLevel.Error, Message = "Posting the {Status} notification of order {OrderId} failed; it is tried again later")]
    private partial void LogPostFailed(string orderId, string status, Exception exception);

    [LoggerMessage(EventId = 6204, Level = LogLevel.Warning, Message = "Updating the original status card of order {OrderId} failed")]
    private partial void LogUpdateFailed(string orderId, Exception exception);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Warning, Message = "Notification {EntryId} is undeliverable: {Reason}")]
    private partial void LogUndeliverable(string entryId, string reason);
}
