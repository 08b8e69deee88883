using LiteDB;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Storage;

namespace RegistryBot.Ordering.Orders;

/// <summary>Orders in LiteDB, and the one operation that creates them: placing a draft.</summary>
public sealed class OrderStore(LiteDbStore store, DraftWriteGate gate, TimeProvider time)
{
    private ILiteCollection<Order> Orders => store.Database.GetCollection<Order>(OrderSetup.CollectionName);

    private ILiteCollection<OrderDraft> Drafts => store.Database.GetCollection<OrderDraft>(DraftSetup.CollectionName);

    public Order? Find(string orderId) => Orders.FindById(orderId);

    public Order? FindByDraft(string draftId) => Orders.FindOne(order => order.DraftId == draftId);

    /// <summary>
    /// Compare-and-set: only a draft still open at <paramref name="expectedVersion"/> becomes an order;
    /// the draft is closed and the order written in one transaction. Returns the order the draft
    /// became, whether now or by an earlier call; null if the draft is no longer open and never was placed.
    /// </summary>
    public PlacementResult Place(OrderPlacement placement, int expectedVersion)
    {
        lock (gate.Lock)
        {
            var database = store.Database;
            var draft = Drafts.FindById(placement.DraftId);
            if (draft is null || draft.State != DraftState.Open)
            {
                return new PlacementResult(FindByDraft(placement.DraftId), Created: false);
            }

            if (draft.Version != expectedVersion)
            {
                return new PlacementResult(null, Created: false);
            }

            var now = time.GetUtcNow().UtcDateTime;
            var order = Order.Place(OrderIds.New(), placement, now);
            draft.State = DraftState.Placed;
            draft.OrderId = order.Id;
            draft.Version++;
            draft.UpdatedAt = now;

            database.BeginTrans();
            try
            {
                Orders.Insert(order);
                Drafts.Update(draft);
                database.Commit();
            }
            catch
            {
                database.Rollback();
                throw;
            }

            gate.Written(draft);

            return new PlacementResult(order, Created: true);
        }
    }

    public void Save(Order order) => Orders.Update(order);

    public void MarkSubmitted(string orderId)
    {
        var order = Orders.FindById(orderId);
        if (order is { SubmittedToPortalAt: null })
        {
            order.SubmittedToPortalAt = time.GetUtcNow().UtcDateTime;
            Orders.Update(order);
        }
    }

    /// <summary>Open orders (not failed, not DONE) after <paramref name="afterId"/>, by id, through the open-order index.</summary>
    public IReadOnlyList<Order> OpenBatch(string? afterId, int batchSize) =>
        Orders.Query()
            .Where(Query.GT(OrderSetup.OpenOrderId, afterId ?? string.Empty))
            .OrderBy(OrderSetup.OpenOrderId)
            .Limit(batchSize)
            .ToList();

    /// <summary>Orders visible in a conversation: in a personal chat the user's own, elsewhere the conversation's.</summary>
    public IReadOnlyList<Order> Visible(string tenantId, string conversationId, string userId, bool personal, int limit) =>
        Orders.Find(order => order.TenantId == tenantId)
            .Where(order => personal
                ? order.PlacedByUserId == userId
                : order.Conversation.ConversationId == conversationId)
            .OrderByDescending(order => order.PlacedAt)
            .Take(limit)
            .ToList();
}
