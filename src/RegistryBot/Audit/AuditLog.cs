using LiteDB;
using RegistryBot.Conversations;
using RegistryBot.Storage;

namespace RegistryBot.Audit;

/// <summary>
/// An append-only record of security-relevant events in its own LiteDB collection: events are
/// only ever inserted. A failure to audit is logged, never allowed to fail the user's turn.
/// </summary>
public sealed partial class AuditLog(LiteDbStore store, GroupCommit commits, TimeProvider time, ILogger<AuditLog> logger)
{
    private ILiteCollection<AuditEvent> Collection => store.Database.GetCollection<AuditEvent>(AuditSetup.CollectionName);

    public void Record(string kind, Caller? caller, string? subject, string? detail) =>
        Record(kind, caller?.TenantId, caller?.UserId, caller?.ConversationId, subject, detail);

    public void Record(string kind, string? tenantId, string? userId, string? conversationId, string? subject, string? detail)
    {
        try
        {
            Collection.Insert(NewEvent(kind, tenantId, userId, conversationId, subject, detail));
        }
        catch (Exception exception) when (exception is LiteException or IOException or ObjectDisposedException)
        {
            ReportFailure(kind, exception);
        }
    }

    /// <summary>
    /// The same, written behind with other turns' writes, for events on the busiest path whose
    /// substance is recorded elsewhere too (a placed order records who placed it and when).
    /// </summary>
    public void RecordBehind(string kind, Caller caller, string? subject, string? detail)
    {
        var document = store.Database.Mapper.ToDocument(NewEvent(kind, caller.TenantId, caller.UserId, caller.ConversationId, subject, detail));
        commits.WriteBehind(database =>
        {
            database.GetCollection(AuditSetup.CollectionName).Insert(document);
            return true;
        }, exception => ReportFailure(kind, exception));
    }

    public IReadOnlyList<AuditEvent> Recent(int limit) =>
        Collection.Query().OrderByDescending("_id").Limit(limit).ToList();

    private AuditEvent NewEvent(string kind, string? tenantId, string? userId, string? conversationId, string? subject, string? detail) => new()
    {
        Id = Guid.CreateVersion7(time.GetUtcNow()).ToString(),
        Kind = kind,
        At = time.GetUtcNow().UtcDateTime,
        TenantId = tenantId,
        UserId = userId,
        ConversationId = conversationId,
        Subject = subject,
        Detail = detail,
    };

    private void ReportFailure(string kind, Exception exception)
    {
        if (StorageFaults.IsFatal(exception))
        {
            store.ReportFault(exception);
        }

        LogAuditFailed(kind, exception.Message);
    }

    [LoggerMessage(EventId = 8001, Level = LogLevel.Error, Message = "Could not write the audit event {Kind}: {Reason}")]
    private partial void LogAuditFailed(string kind, string reason);
}
