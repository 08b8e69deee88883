using RegistryBot.Storage;

namespace RegistryBot.Conversations;

/// <summary>When each conversation was last welcomed, so that one install yields one welcome card.</summary>
public sealed class WelcomeLedger(LiteDbStore store, TimeProvider time)
{
    public const string CollectionName = "welcomes";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Teams sends both announcements of an install at once: the read and the write must not interleave.
    private readonly Lock _gate = new();

    public bool TryClaim(string conversationId)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var collection = store.Database.GetCollection<WelcomeRecord>(CollectionName);
        lock (_gate)
        {
            var existing = collection.FindById(conversationId);
            if (existing is not null && now - existing.WelcomedAt < Window)
            {
                return false;
            }

            collection.Upsert(new WelcomeRecord { Id = conversationId, WelcomedAt = now });
            return true;
        }
    }
}
