using LiteDB;
using RegistryBot.Ordering.Orders;
using RegistryBot.Storage;

namespace RegistryBot.Notifications;

public sealed class OutboxStore(LiteDbStore store, GroupCommit commits)
{
    private const int MinimumPageSize = 100;

    internal ILiteCollection<OutboxEntry> Collection => store.Database.GetCollection<OutboxEntry>(OutboxSetup.CollectionName);

    /// <summary>
    /// Pending entries whose time has come, oldest first (the order in which their changes happened).
    /// A conversation whose oldest entry still waits (a Retry-After) gets nothing newer meanwhile.
    /// Pending entries are read a page at a time along <see cref="OutboxSetup.PendingSince"/>, so a
    /// backlog of thousands costs a round only the pages it needs, not the whole backlog.
    /// </summary>
    public IReadOnlyList<OutboxEntry> Due(DateTime now, int limit) => Due(now, limit, pageSize: Math.Max(limit, MinimumPageSize));

    internal IReadOnlyList<OutboxEntry> Due(DateTime now, int limit, int pageSize)
    {
        var due = new List<OutboxEntry>(limit);
        var waiting = new HashSet<string>(StringComparer.Ordinal);
        DateTime? after = null;
        while (due.Count < limit)
        {
            var page = PendingPage(after, pageSize);
            foreach (var entry in page)
            {
                if (waiting.Contains(entry.ConversationId))
                {
                    continue;
                }

                if (entry.NextAttemptAt > now)
                {
                    waiting.Add(entry.ConversationId);
                    continue;
                }

                due.Add(entry);
                if (due.Count == limit)
                {
                    break;
                }
            }

            if (page.Count < pageSize)
            {
                break;
            }

            after = page[^1].CreatedAt;
        }

        return due;
    }

    /// <summary>
    /// The oldest pending entries created after <paramref name="after"/>, in delivery order; the page
    /// ends with every entry of its last instant, so the next page starts cleanly after it.
    /// </summary>
    private List<OutboxEntry> PendingPage(DateTime? after, int pageSize)
    {
        var documents = store.Database.GetCollection(OutboxSetup.CollectionName);
        var page = documents.Query()
            .Where(BsonExpression.Create(OutboxSetup.PendingSince + " > @0", after is { } instant ? new BsonValue(instant) : BsonValue.Null))
            .OrderBy(OutboxSetup.PendingSince)
            .Limit(pageSize)
            .ToList();
        if (page.Count == pageSize)
        {
            var lastInstant = page[^1]["CreatedAt"];
            var seen = page.Select(document => document["_id"].AsString).ToHashSet(StringComparer.Ordinal);
            page.AddRange(documents.Find(BsonExpression.Create(OutboxSetup.PendingSince + " = @0", lastInstant))
                .Where(document => !seen.Contains(document["_id"].AsString)));
        }

        return page
            .Select(document => store.Database.Mapper.ToObject<OutboxEntry>(document))
            .OrderBy(entry => entry.CreatedAt)
            .ThenBy(entry => LifeCycleRank(entry.Status))
            .ThenBy(entry => entry.Id, StringComparer.Ordinal)
            .ToList();
    }

    // One poll can record processing and DONE at the same moment; they must still go out in that order.
    private static int LifeCycleRank(string status) => status switch
    {
        OrderStatus.New => 0,
        OrderStatus.Processing => 1,
        _ => 2,
    };

    public IReadOnlyList<OutboxEntry> ForOrder(string orderId) =>
        Collection.Find(entry => entry.OrderId == orderId).OrderBy(entry => entry.CreatedAt).ToList();

    /// <summary>
    /// Writes an entry's new state through the group commit: it shares a commit with the turns in
    /// flight instead of holding the engine for a commit of its own.
    /// </summary>
    public Task UpdateAsync(OutboxEntry entry)
    {
        var document = store.Database.Mapper.ToDocument(entry);
        return commits.WriteAsync(database => database.GetCollection(OutboxSetup.CollectionName).Update(document));
    }
}
