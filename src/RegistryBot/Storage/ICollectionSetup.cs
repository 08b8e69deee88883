using LiteDB;

namespace RegistryBot.Storage;

/// <summary>
/// A feature's part of the database: how its documents map, which indexes it needs, and a fully
/// populated sample mapped both ways (<see cref="MapperSamples.RoundTrip"/>), so its mapper is built
/// on one thread before any request runs (LiteDB 5.0.21 races when two threads first map the same type).
/// </summary>
public interface ICollectionSetup
{
    void Map(BsonMapper mapper);

    void Prepare(LiteDatabase database);
}
