using LiteDB;
using RegistryBot.Ordering.Orders;
using RegistryBot.Storage;

namespace RegistryBot.Notifications;

public sealed class OutboxStore(LiteDbStore store)
{
    internal ILiteCollection<OutboxEntry> Collection => store.Database.GetCollection<OutboxEntry>(OutboxSetup.CollectionName);

    /// <summary>
    /// Pending entries whose time has come, oldest first (the order in which their changes happened).
    /// A conversation whose oldest entry still waits (a Retry-After) gets nothing newer meanwhile.
    /// </summary>
    public IReadOnlyList<OutboxEntry> Due(DateTime now, int limit) =>
        Collection.Query()
            .Where(entry => entry.State == OutboxState.Pending)
            .ToEnumerable()
            .OrderBy(entry => entry.CreatedAt)
            .ThenBy(entry => LifeCycleRank(entry.Status))
            .ThenBy(entry => entry.Id, StringComparer.Ordinal)
            .GroupBy(entry => entry.ConversationId, StringComparer.Ordinal)
            .SelectMany(conversation => conversation.TakeWhile(entry => entry.NextAttemptAt <= now))
            .OrderBy(entry => entry.CreatedAt)
            .ThenBy(entry => LifeCycleRank(entry.Status))
            .Take(limit)
            .ToList();

    // One poll can record processing and DONE at the same moment; they must still go out in that order.
    private static int LifeCycleRank(string status) => status switch
    {
        OrderStatus.New => 0,
        OrderStatus.Processing => 1,
        _ => 2,
    };

    public IReadOnlyList<OutboxEntry> ForOrder(string orderId) =>
        Collection.Find(entry => entry.OrderId == orderId).OrderBy(entry => entry.CreatedAt).ToList();

    public void Update(OutboxEntry entry) => Collection.Update(entry);
}
