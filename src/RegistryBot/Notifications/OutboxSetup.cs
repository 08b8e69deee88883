using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Notifications;

public sealed class OutboxSetup : ICollectionSetup
{
    public const string CollectionName = "outbox";

    /// <summary>
    /// When a pending entry's change happened, null once it is delivered or given up: delivery reads
    /// the oldest pending entries along this index, a page at a time. Computed from stored fields, so
    /// older files index too.
    /// </summary>
    public const string PendingSince = "IIF($.State = '" + nameof(OutboxState.Pending) + "', $.CreatedAt, null)";

    private const string PendingSinceIndex = "PendingSince";

    public void Map(BsonMapper mapper) => mapper.Entity<OutboxEntry>().Id(entry => entry.Id, autoId: false);

    public void Prepare(LiteDatabase database)
    {
        database.Mapper.RoundTrip(new OutboxEntry
        {
            Id = "o:s", OrderId = "o", Status = "s", ConversationId = "c", Attempts = 1, Refusals = 1, CreatedAt = DateTime.UtcNow,
            NextAttemptAt = DateTime.UtcNow, DeliveredAt = DateTime.UtcNow, ActivityId = "a", LastError = "e",
        });
        var outbox = database.GetCollection<OutboxEntry>(CollectionName);
        outbox.EnsureIndex(PendingSinceIndex, PendingSince);
        outbox.EnsureIndex(entry => entry.OrderId);

        // Superseded by the index above.
        outbox.DropIndex(nameof(OutboxEntry.State));
    }
}
