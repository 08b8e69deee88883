using Microsoft.Extensions.Options;
using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;
using RegistryBot.Storage;

namespace RegistryBot.Notifications;

/// <summary>
/// Finds what changed: asks the portal about open orders only, in batches, and for each change
/// writes the order and one outbox entry per new status in a single LiteDB transaction, so a
/// change is never recorded without its notification or announced without being recorded.
/// </summary>
public sealed partial class StatusSweep(
    OrderStore orders,
    OutboxStore outbox,
    LiteDbStore store,
    IRegistryPortal portal,
    IOptions<StatusPollingOptions> options,
    TimeProvider time,
    ILogger<StatusSweep> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var changes = 0;
        string? afterId = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = orders.OpenBatch(afterId, options.Value.BatchSize);
            if (batch.Count == 0)
            {
                break;
            }

            afterId = batch[^1].Id;
            var refused = await OfferUnsubmittedAsync(batch, cancellationToken);
            var reports = await AskPortalAsync(batch, cancellationToken);
            if (reports is null)
            {
                break;
            }

            changes += Record(batch, reports, refused);
        }

        return changes;
    }

    /// <summary>Orders the portal has not taken yet (it was down when they were placed) are offered again.</summary>
    private async Task<Dictionary<string, string>> OfferUnsubmittedAsync(IReadOnlyList<OpenOrder> batch, CancellationToken cancellationToken)
    {
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        var unsubmitted = batch.Where(open => !open.Submitted).Select(open => open.Id).ToList();
        if (unsubmitted.Count == 0)
        {
            return refused;
        }

        foreach (var order in orders.FindMany(unsubmitted).Where(order => order.SubmittedToPortalAt is null))
        {
            try
            {
                var submission = await portal.SubmitOrderAsync(order, cancellationToken);
                if (submission.Accepted)
                {
                    order.SubmittedToPortalAt = time.GetUtcNow().UtcDateTime;
                    orders.Save(order);
                }
                else
                {
                    refused[order.Id] = $"The provider's portal did not accept the order: {submission.Reason ?? "no reason given"}.";
                }
            }
            catch (PortalUnavailableException exception)
            {
                LogPortalUnavailable(exception.Message);
                break;
            }
        }

        return refused;
    }

    private async Task<Dictionary<string, PortalReport>?> AskPortalAsync(IReadOnlyList<OpenOrder> batch, CancellationToken cancellationToken)
    {
        try
        {
            var statuses = await portal.GetStatusesAsync(batch.Select(open => open.Id).ToList(), cancellationToken);
            return statuses
                .Where(status => OrderStatus.IsKnown(status.Status))
                .GroupBy(status => status.OrderId, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => new PortalReport(group.Last().Status, group.Last().ChangedAt, group.Last().Reason), StringComparer.Ordinal);
        }
        catch (PortalUnavailableException exception)
        {
            LogPortalUnavailable(exception.Message);
            return null;
        }
    }

    // Synchronous on purpose: a LiteDB transaction belongs to the thread that began it.
    private int Record(IReadOnlyList<OpenOrder> batch, Dictionary<string, PortalReport> reports, Dictionary<string, string> refused)
    {
        var now = time.GetUtcNow().UtcDateTime;

        // Whole orders are read only for those the portal reports in another state.
        var moved = batch
            .Where(open => refused.ContainsKey(open.Id)
                || (reports.TryGetValue(open.Id, out var report) && report.Status != open.Status && report.Status != OrderStatus.New))
            .Select(open => open.Id)
            .ToList();
        if (moved.Count == 0)
        {
            return 0;
        }

        var changed = new List<(Order Order, IReadOnlyList<string> Reached)>();
        foreach (var order in orders.FindMany(moved))
        {
            var report = refused.TryGetValue(order.Id, out var reason)
                ? new PortalReport(OrderStatus.Failed, now, reason)
                : reports.GetValueOrDefault(order.Id);
            if (report.Status is null)
            {
                continue;
            }

            var reached = StatusTransitions.Apply(order, report, now);
            if (reached.Count > 0)
            {
                changed.Add((order, reached));
            }
        }

        if (changed.Count == 0)
        {
            return 0;
        }

        var database = store.Database;
        database.BeginTrans();
        try
        {
            foreach (var (order, reached) in changed)
            {
                orders.Save(order);
                foreach (var status in reached)
                {
                    var id = OutboxEntry.IdOf(order.Id, status);
                    if (outbox.Collection.FindById(id) is not null)
                    {
                        continue;
                    }

                    outbox.Collection.Insert(new OutboxEntry
                    {
                        Id = id,
                        OrderId = order.Id,
                        Status = status,
                        ConversationId = order.Conversation.ConversationId,
                        CreatedAt = now,
                        NextAttemptAt = now,
                    });
                }
            }

            database.Commit();
        }
        catch
        {
            database.Rollback();
            throw;
        }

        foreach (var (order, reached) in changed)
        {
            LogChanged(order.Id, string.Join(" → ", reached));
        }

        return changed.Count;
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Order {OrderId} moved to {Statuses}")]
    private partial void LogChanged(string orderId, string statuses);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "The portal is unavailable; open orders are asked about again next time: {Reason}")]
    private partial void LogPortalUnavailable(string reason);
}
