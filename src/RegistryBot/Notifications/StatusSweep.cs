using LiteDB;
using Microsoft.Extensions.Options;
using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;
using RegistryBot.Storage;

namespace RegistryBot.Notifications;

/// <summary>
/// Finds what changed: asks the portal about open orders only, in batches, and for each change
/// writes the order and one outbox entry per new status in one LiteDB transaction, so a change is
/// never recorded without its notification or announced without being recorded.
/// </summary>
public sealed partial class StatusSweep(
    OrderStore orders,
    LiteDbStore store,
    GroupCommit commits,
    IRegistryPortal portal,
    IOptions<StatusPollingOptions> options,
    TimeProvider time,
    ILogger<StatusSweep> logger)
{
    // A few changes per write, through the group commit: each change (the order and its outbox
    // entries) is committed whole, and the turns sharing the writer never wait behind a whole batch
    // of changes (about 30 ms when they were one transaction of their own).
    private const int ChangesPerWrite = 8;
    private const int WritesInFlight = 4;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Disposed on every way out: a sweep that fails leaves no change still being written when the next one reads.
        await using var changes = new PipelinedWrites<RecordedChange>(ChangesPerWrite, WritesInFlight, WriteAsync);
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

            await changes.AddAsync(Changes(batch, reports, refused));
        }

        await changes.FlushAsync();
        return changes.Count;
    }

    /// <summary>
    /// Orders the portal has not taken yet (it was down when they were placed) are offered again. An
    /// outage ends the offers until the next sweep; a tenant the portal does not let the bot order for
    /// (403) only that tenant's.
    /// </summary>
    private async Task<Dictionary<string, string>> OfferUnsubmittedAsync(IReadOnlyList<OpenOrder> batch, CancellationToken cancellationToken)
    {
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        var unsubmitted = batch.Where(open => !open.Submitted).Select(open => open.Id).ToList();
        if (unsubmitted.Count == 0)
        {
            return refused;
        }

        var forbiddenTenants = new HashSet<string>(StringComparer.Ordinal);
        foreach (var order in orders.FindMany(unsubmitted).Where(order => order.SubmittedToPortalAt is null))
        {
            if (forbiddenTenants.Contains(order.TenantId))
            {
                continue;
            }

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
            catch (PortalUnavailableException exception) when (exception.ForOneTenant)
            {
                // The other tenants' orders are offered all the same.
                LogPortalUnavailable(exception.Message);
                forbiddenTenants.Add(order.TenantId);
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

    private List<RecordedChange> Changes(IReadOnlyList<OpenOrder> batch, Dictionary<string, PortalReport> reports, Dictionary<string, string> refused)
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
            return [];
        }

        var changed = new List<RecordedChange>();
        foreach (var order in orders.FindMany(moved))
        {
            var report = refused.TryGetValue(order.Id, out var reason)
                ? PortalReport.Refused(reason, now)
                : reports.GetValueOrDefault(order.Id);
            if (report.Status is null)
            {
                continue;
            }

            var reached = StatusTransitions.Apply(order, report, now);
            if (reached.Count > 0)
            {
                changed.Add(new RecordedChange(order, reached, store.Database.Mapper.ToDocument(order), OutboxDocuments(order, reached, now)));
            }
        }

        return changed;
    }

    private async Task WriteAsync(RecordedChange[] changes)
    {
        await commits.WriteAsync(database => Write(database, changes));
        foreach (var change in changes)
        {
            LogChanged(change.Order.Id, string.Join(" → ", change.Reached));
        }
    }

    private List<BsonDocument> OutboxDocuments(Order order, IReadOnlyList<string> reached, DateTime now) =>
        reached.Select(status => store.Database.Mapper.ToDocument(new OutboxEntry
        {
            Id = OutboxEntry.IdOf(order.Id, status),
            OrderId = order.Id,
            Status = status,
            ConversationId = order.Conversation.ConversationId,
            CreatedAt = now,
            NextAttemptAt = now,
        })).ToList();

    // Runs inside the group commit's transaction; works on documents serialised before it.
    private static bool Write(LiteDatabase database, RecordedChange[] chunk)
    {
        var orderDocuments = database.GetCollection(OrderSetup.CollectionName);
        var outboxDocuments = database.GetCollection(OutboxSetup.CollectionName);
        foreach (var change in chunk)
        {
            orderDocuments.Update(change.OrderDocument);
            foreach (var entry in change.OutboxEntries.Where(entry => outboxDocuments.FindById(entry["_id"]) is null))
            {
                outboxDocuments.Insert(entry);
            }
        }

        return true;
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Order {OrderId} moved to {Statuses}")]
    private partial void LogChanged(string orderId, string statuses);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "The portal is unavailable; open orders are asked about again next time: {Reason}")]
    private partial void LogPortalUnavailable(string reason);

    private sealed record RecordedChange(Order Order, IReadOnlyList<string> Reached, BsonDocument OrderDocument, List<BsonDocument> OutboxEntries);
}
