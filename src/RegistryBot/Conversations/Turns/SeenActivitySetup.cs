using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Conversations.Turns;

public sealed class SeenActivitySetup : ICollectionSetup
{
    public const string CollectionName = "seen_activities";

    public void Map(BsonMapper mapper) => mapper.Entity<SeenActivity>().Id(seen => seen.Id, autoId: false);

    public void Prepare(LiteDatabase database)
    {
        database.Mapper.RoundTrip(new SeenActivity { Id = ObjectId.Empty, SeenAt = DateTime.UtcNow });

        // Keys are in stamp order, so purging is a range of _id; older files had an index for it.
        database.GetCollection<SeenActivity>(CollectionName).DropIndex(nameof(SeenActivity.SeenAt));
    }
}
