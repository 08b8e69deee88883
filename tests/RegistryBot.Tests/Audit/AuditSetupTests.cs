using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegistryBot.Audit;
using RegistryBot.Storage;

namespace RegistryBot.Tests.Audit;

/// <summary>The audit collection keeps only the index its one query walks, in new data files and in older ones.</summary>
public sealed class AuditSetupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("registrybot-audit-").FullName;

    private string DataFile => Path.Combine(_folder, "bot.db");

    [Fact]
    public void A_data_file_of_an_earlier_version_loses_the_indexes_no_query_uses()
    {
        using (var earlier = new LiteDatabase(new ConnectionString { Filename = DataFile, Collation = Collation.Binary }))
        {
            var audit = earlier.GetCollection(AuditSetup.CollectionName);
            audit.Insert(new BsonDocument { ["_id"] = "e-1", ["Kind"] = "tampered-submit", ["TenantId"] = "t" });
            audit.EnsureIndex("Kind", "$.Kind");
            audit.EnsureIndex("TenantId", "$.TenantId");
        }

        using var store = new LiteDbStore(Options.Create(new StorageOptions { Path = DataFile }), [new AuditSetup()], NullLogger<LiteDbStore>.Instance);

        Assert.Equal(["_id"], AuditIndexes(store));
        Assert.Equal("e-1", store.Database.GetCollection(AuditSetup.CollectionName).FindById("e-1")["_id"].AsString);
    }

    [Fact]
    public void A_new_data_file_has_only_the_id_index()
    {
        using var store = new LiteDbStore(Options.Create(new StorageOptions { Path = DataFile }), [new AuditSetup()], NullLogger<LiteDbStore>.Instance);
        store.Database.GetCollection(AuditSetup.CollectionName).Insert(new BsonDocument { ["_id"] = "e-1", ["Kind"] = "k" });

        Assert.Equal(["_id"], AuditIndexes(store));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<string> AuditIndexes(LiteDbStore store) =>
        store.Database.GetCollection("$indexes").Query()
            .Where(BsonExpression.Create("collection = @0", AuditSetup.CollectionName))
            .ToList()
            .Select(index => index["name"].AsString)
            .Order(StringComparer.Ordinal)
            .ToList();
}
