using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Conversations;

public sealed class ConversationReferenceSetup : ICollectionSetup
{
    public const string CollectionName = "conversations";

    public void Map(BsonMapper mapper)
    {
        mapper.Entity<ConversationReference>().Id(reference => reference.Id, autoId: false);
        mapper.Entity<WelcomeRecord>().Id(record => record.Id, autoId: false);
    }

    public void Prepare(LiteDatabase database)
    {
        database.Mapper.RoundTrip(new ConversationReference
        {
            Id = "warm-up",
            ServiceUrl = "https://warm-up.invalid/",
            ChannelId = "msteams",
            ConversationType = "personal",
            TenantId = "tenant",
            BotId = "28:bot",
            BotName = "bot",
            UserId = "29:user",
            UserAadObjectId = "aad",
            UserName = "user",
            Authenticated = true,
            UpdatedAt = DateTime.UtcNow,
            UnreachableSince = DateTime.UtcNow,
        });
        database.Mapper.RoundTrip(new WelcomeRecord { Id = "warm-up", WelcomedAt = DateTime.UtcNow });
        var collection = database.GetCollection<ConversationReference>(CollectionName);
        collection.EnsureIndex(reference => reference.TenantId);
    }
}
