using LiteDB;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>Reads the conversations a stopped bot left in its data file.</summary>
public static class StoredConversations
{
    public static IReadOnlyList<string> Ids(string dataFilePath)
    {
        using var database = new LiteDatabase(new ConnectionString
        {
            Filename = dataFilePath,
            Collation = Collation.Binary,
            ReadOnly = true,
        });
        return database.GetCollection("conversations").FindAll().Select(document => document["_id"].AsString).ToList();
    }
}
