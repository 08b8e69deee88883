using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Audit;

public sealed class AuditSetup : ICollectionSetup
{
    public const string CollectionName = "audit";

    public void Map(BsonMapper mapper) => mapper.Entity<AuditEvent>().Id(e => e.Id, autoId: false);

    public void Prepare(LiteDatabase database)
    {
        database.Mapper.RoundTrip(new AuditEvent
        {
            Id = Guid.CreateVersion7().ToString(), Kind = "k", At = DateTime.UtcNow, TenantId = "t", UserId = "u", ConversationId = "c", Subject = "s", Detail = "d",
        });
        // Indexes that no query used, which every event paid for in the shared write; the log is read
        // newest first along the id (Recent), and an investigation by hand can afford a scan.
        var audit = database.GetCollection<AuditEvent>(CollectionName);
        audit.DropIndex(nameof(AuditEvent.Kind));
        audit.DropIndex(nameof(AuditEvent.TenantId));
    }
}
