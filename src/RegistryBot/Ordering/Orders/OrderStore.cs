using LiteDB;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Storage;

namespace RegistryBot.Ordering.Orders;

/// <summary>Orders in LiteDB, and the one operation that creates them: placing a draft.</summary>
public sealed class OrderStore(LiteDbStore store, DraftWriteGate gate, GroupCommit commits, TimeProvider time)
{
    private ILiteCollection<Order> Orders => store.Database.GetCollection<Order>(OrderSetup.CollectionName);

    public Order? Find(string orderId) => Orders.FindById(orderId);

    public Order? FindByDraft(string draftId) => Orders.FindOne(order => order.DraftId == draftId);

    /// <summary>
    /// Compare-and-set: only a draft still open at <paramref name="expectedVersion"/> becomes an order;
    /// the draft is closed and the order written in one transaction (which other turns' writes may
    /// share). Returns the order the draft became, whether now or by an earlier call; null if the
    /// draft is no longer open and never was placed.
    /// </summary>
    public async Task<PlacementResult> PlaceAsync(OrderPlacement placement, int expectedVersion)
    {
        PlacementResult result = new(null, Created: false);
        OrderDraft? placed = null;
        try
        {
            await commits.WriteAsync(database =>
            {
                (result, placed) = PlaceIn(database, placement, expectedVersion);
                return result.Created;
            });
        }
        catch
        {
            gate.Forget(placement.DraftId);
            throw;
        }

        if (placed is not null)
        {
            gate.Written(placed, store.Database.Mapper);
        }

        return result;
    }

    // Runs inside the group commit's transaction, where it sees the writes of the batch before it.
    private (PlacementResult Result, OrderDraft? Placed) PlaceIn(LiteDatabase database, OrderPlacement placement, int expectedVersion)
    {
        var orders = database.GetCollection<Order>(OrderSetup.CollectionName);
        var drafts = database.GetCollection<OrderDraft>(DraftSetup.CollectionName);
        var draft = drafts.FindById(placement.DraftId);
        if (draft is null || draft.State != DraftState.Open)
        {
            return (new PlacementResult(orders.FindOne(order => order.DraftId == placement.DraftId), Created: false), null);
        }

        if (draft.Version != expectedVersion)
        {
            return (new PlacementResult(null, Created: false), null);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var order = Order.Place(OrderIds.New(), placement, now);
        draft.State = DraftState.Placed;
        draft.OrderId = order.Id;
        draft.Version++;
        draft.UpdatedAt = now;
        orders.Insert(order);
        drafts.Update(draft);
        return (new PlacementResult(order, Created: true), draft);
    }

    public void Save(Order order) => Orders.Update(order);

    /// <summary>Records when the portal took the order, unless that is recorded already: one conditional update, sharing a commit.</summary>
    public Task MarkSubmittedAsync(string orderId)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return commits.WriteAsync(database => database.GetCollection(OrderSetup.CollectionName).UpdateMany(
            BsonExpression.Create("{ SubmittedToPortalAt: @0 }", now),
            BsonExpression.Create("_id = @0 AND SubmittedToPortalAt = null", orderId)) > 0);
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
