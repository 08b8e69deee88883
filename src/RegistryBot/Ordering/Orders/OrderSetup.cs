using LiteDB;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Storage;

namespace RegistryBot.Ordering.Orders;

public sealed class OrderSetup : ICollectionSetup
{
    public const string CollectionName = "orders";

    /// <summary>
    /// The id of an open order (new or processing), null once it failed or is DONE: the status sweep
    /// walks this index, so its cost follows the open orders, not every order ever placed.
    /// Computed from stored fields, so older files index too.
    /// </summary>
    public const string OpenOrderId = "IIF($.Status = '" + OrderStatus.New + "' OR $.Status = '" + OrderStatus.Processing + "', $._id, null)";

    private const string OpenOrderIdIndex = "OpenOrderId";

    public void Map(BsonMapper mapper)
    {
        // The entity mapping names the id for queries written as lambdas; documents are written and read by hand.
        mapper.Entity<Order>().Id(order => order.Id, autoId: false);
        mapper.RegisterType(OrderDocument.Write, OrderDocument.Read);
    }

    public void Prepare(LiteDatabase database)
    {
        var sample = Order.Place(
            "ORD-WARMUP0000",
            new OrderPlacement(
                "draft", "tenant", "user", "name",
                new OrderConversation { ConversationId = "c", ConversationType = "personal", ServiceUrl = "https://x.invalid/", ChannelId = "msteams", BotId = "28:b", BotName = "b" },
                new OrderChoices
                {
                    ServiceType = "harbor", NodeSize = "small", StorageGb = 50, TrustedSources = ["1.2.3.4/32"], Region = "r",
                    BillingProfileId = OrderDraft.NewBillingProfileId,
                    BillingProfileName = "n",
                    NewBilling = new NewBillingProfile { Company = "c", Email = "e@example.com", Address = "a" },
                },
                "v1",
                "1"),
            DateTime.UtcNow);
        sample.MarkFailed("warm-up", DateTime.UtcNow);
        database.Mapper.RoundTrip(sample);

        var orders = database.GetCollection<Order>(CollectionName);
        orders.EnsureIndex(order => order.DraftId, unique: true);
        orders.EnsureIndex(order => order.TenantId);
        orders.EnsureIndex(OpenOrderIdIndex, OpenOrderId);

        // Superseded by the index above.
        orders.DropIndex(nameof(Order.Status));
    }
}
