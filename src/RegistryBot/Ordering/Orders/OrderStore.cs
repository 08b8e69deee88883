using LiteDB;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Storage;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Ordering.Orders;

/// <summary>Orders in LiteDB, and the one operation that creates them: placing a draft.</summary>
public sealed class OrderStore(LiteDbStore store, DraftWriteGate gate, GroupCommit commits, TimeProvider time)
{
    private static readonly BsonExpression OpenOrderFields = BsonExpression.Create("{ _id: $._id, Status: $.Status, Submitted: $.SubmittedToPortalAt }");

    private readonly OrderIdSequence _ids = new();

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
        // Built and serialised before the write: the shared transaction holds LiteDB for everyone.
        var now = time.GetUtcNow();
        var order = Order.Place(_ids.Next(now), placement, now.UtcDateTime);
        var orderDocument = store.Database.Mapper.ToDocument(order);
        PlacementResult result = new(null, Created: false);
        var placed = false;
        try
        {
            await commits.WriteAsync(database =>
            {
                result = PlaceIn(database, order, orderDocument, expectedVersion);
                return result.Created;
            });

            // Only now: a shared batch may have run the placement, failed, and its retry alone failed before it.
            placed = result.Created;
        }
        finally
        {
            // Placed, its owner has no open draft now; otherwise the data file has the truth.
            if (placed)
            {
                gate.Closed(placement.DraftId);
            }
            else
            {
                gate.Forget(placement.DraftId);
            }
        }

        return result;
    }

    // Runs inside the group commit's transaction, where it sees the writes of the batch before it.
    // Works on documents, not objects: the transaction holds LiteDB for everyone.
    private static PlacementResult PlaceIn(LiteDatabase database, Order order, BsonDocument orderDocument, int expectedVersion)
    {
        var drafts = database.GetCollection(DraftSetup.CollectionName);
        var draft = drafts.FindById(order.DraftId);
        if (draft is null || draft[nameof(OrderDraft.State)].AsString != nameof(DraftState.Open))
        {
            var earlier = database.GetCollection<Order>(OrderSetup.CollectionName).FindOne(placedOrder => placedOrder.DraftId == order.DraftId);
            return new PlacementResult(earlier, Created: false);
        }

        if (draft[nameof(OrderDraft.Version)].AsInt32 != expectedVersion)
        {
            return new PlacementResult(null, Created: false);
        }

        draft[nameof(OrderDraft.State)] = nameof(DraftState.Placed);
        draft[nameof(OrderDraft.OrderId)] = order.Id;
        draft[nameof(OrderDraft.Version)] = expectedVersion + 1;
        draft[nameof(OrderDraft.UpdatedAt)] = order.PlacedAt;
        database.GetCollection(OrderSetup.CollectionName).Insert(orderDocument);
        drafts.Update(draft);
        return new PlacementResult(order, Created: true);
    }

    public void Save(Order order) => Orders.Update(order);

    /// <summary>
    /// Records when the portal took the order, unless that is recorded already (true when recorded
    /// now). Written behind, with other turns' writes: should it be lost, the status job offers the
    /// order again, and the portal takes a repeated order id as the same order.
    /// </summary>
    public Task<bool> MarkSubmittedAsync(string orderId, Action<Exception> onFailure)
    {
        var submittedAt = time.GetUtcNow().UtcDateTime;
        return commits.WriteBehind(Mark, onFailure);

        bool Mark(LiteDatabase database)
        {
            var orders = database.GetCollection(OrderSetup.CollectionName);
            var order = orders.FindById(orderId);
            if (order is null || !order[nameof(Order.SubmittedToPortalAt)].IsNull)
            {
                return false;
            }

            order[nameof(Order.SubmittedToPortalAt)] = submittedAt;
            return orders.Update(order);
        }
    }

    /// <summary>
    /// Open orders (not failed, not DONE) after <paramref name="afterId"/>, by id, through the
    /// open-order index; only their id, status and whether the portal has them, not whole orders.
    /// </summary>
    public IReadOnlyList<OpenOrder> OpenBatch(string? afterId, int batchSize)
    {
        List<BsonDocument> fields = store.Database.GetCollection(OrderSetup.CollectionName).Query()
            .Where(BsonExpression.Create(OrderSetup.OpenOrderId + " > @0", afterId ?? string.Empty))
            .OrderBy(OrderSetup.OpenOrderId)
            .Select(OpenOrderFields)
            .Limit(batchSize)
            .ToList();
        return fields.ConvertAll(open => new OpenOrder(open["_id"].AsString, open["Status"].AsString, !open["Submitted"].IsNull));
    }

    public IReadOnlyList<Order> FindMany(IEnumerable<string> orderIds) =>
        Orders.Find(DocumentQueries.IdIn(orderIds)).ToList();

    /// <summary>
    /// The newest orders visible in a conversation (in a personal chat the user's own, elsewhere the
    /// conversation's, in a channel those of all its threads), at most <paramref name="limit"/>, and
    /// how many are visible in all.
    /// </summary>
    public VisibleOrders Visible(string tenantId, string conversationId, string userId, bool personal, int limit)
    {
        var visible = Orders.Find(order => order.TenantId == tenantId)
            .Where(order => personal
                ? order.PlacedByUserId == userId
                : ConversationThreads.SameConversation(order.Conversation.ConversationId, conversationId))
            .ToList();
        return new VisibleOrders([.. visible.OrderByDescending(order => order.PlacedAt).Take(limit)], visible.Count);
    }
}
