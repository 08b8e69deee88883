using LiteDB;

namespace RegistryBot.Storage;

/// <summary>Queries several collections share, written once with their values as parameters (see <see cref="LiteDbStore"/>).</summary>
public static class DocumentQueries
{
    /// <summary>The documents whose id is one of <paramref name="ids"/>, found through the id index in one query.</summary>
    public static BsonExpression IdIn(IEnumerable<string> ids) =>
        BsonExpression.Create("_id IN @0", new BsonArray(ids.Select(id => new BsonValue(id))));
}
