using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Ordering.Drafts;

public sealed class DraftSetup : ICollectionSetup
{
    public const string CollectionName = "drafts";

    /// <summary>The owner key of open drafts only (null otherwise), computed from stored fields so older files index too.</summary>
    public const string OpenOwnerKey = "IIF($.State = 'Open', $.OwnerKey, null)";

    private const string OpenOwnerIndex = "OpenOwnerKey";

    public void Map(BsonMapper mapper)
    {
        // The entity mapping names the id for queries written as lambdas; documents are written and read by hand.
        mapper.Entity<OrderDraft>().Id(draft => draft.Id, autoId: false);
        mapper.RegisterType(OrderDraftDocument.Write, OrderDraftDocument.Read);
    }

    public void Prepare(LiteDatabase database)
    {
        var sample = new OrderDraft
        {
            Id = "warm-up",
            OwnerKey = "c\nu",
            ConversationId = "c",
            TenantId = "t",
            UserId = "u",
            UserName = "n",
            CurrentStep = "summary",
            ServiceType = "harbor",
            NodeSize = "small",
            StorageGb = 50,
            TrustedSources = ["1.2.3.4/32"],
            TrustedSourceWarnings = ["w"],
            Region = "r",
            BillingProfileId = OrderDraft.NewBillingProfileId,
            NewBilling = new NewBillingProfile { Company = "c", Email = "e@example.com", Address = "a" },
            OrderId = "ORD-1",
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        database.Mapper.RoundTrip(sample);
        var drafts = database.GetCollection<OrderDraft>(CollectionName);
        drafts.EnsureIndex(OpenOwnerIndex, OpenOwnerKey);

        // Superseded by the index above: it held every draft a user ever had, so finding the open one loaded them all.
        drafts.DropIndex("OwnerKey");
    }
}
