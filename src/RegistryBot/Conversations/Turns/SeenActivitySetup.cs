using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Conversations.Turns;

public sealed class SeenActivitySetup : ICollectionSetup
{
    public const string CollectionName = "seen_activities";

    public void Map(BsonMapper mapper) => mapper.Entity<SeenActivity>().Id(seen => seen.Id, autoId: false);

    public void Prepare(LiteDatabase database)
    {
        database.Mapper.ToDocument(new SeenActivity { Id = Guid.Empty, SeenAt = DateTime.UtcNow });
        database.GetCollection<SeenActivity>(CollectionName).EnsureIndex(seen => seen.SeenAt);
    }
}
