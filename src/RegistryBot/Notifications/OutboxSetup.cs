using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Notifications;

public sealed class OutboxSetup : ICollectionSetup
{
    public const string CollectionName = "outbox";

    public void Map(BsonMapper mapper) => mapper.Entity<OutboxEntry>().Id(entry => entry.Id, autoId: false);

    public void Prepare(LiteDatabase database)
    {
        database.Mapper.ToDocument(new OutboxEntry
        {
            Id = "o:s", OrderId = "o", Status = "s", ConversationId = "c", Attempts = 1, CreatedAt = DateTime.UtcNow,
            NextAttemptAt = DateTime.UtcNow, DeliveredAt = DateTime.UtcNow, ActivityId = "a", LastError = "e",
        });
        var outbox = database.GetCollection<OutboxEntry>(CollectionName);
        outbox.EnsureIndex(entry => entry.State);
        outbox.EnsureIndex(entry => entry.OrderId);
    }
}
