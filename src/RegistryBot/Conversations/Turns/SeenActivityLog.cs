using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Conversations.Turns;

/// <summary>
/// Handled activity keys in the data file. They are written behind, sharing the commits of other
/// turns' writes, so a turn never waits for them. A key lost to a crash before its commit means a
/// redelivery runs again, which the handlers tolerate (stale cards change nothing, placing is a
/// compare-and-set).
/// </summary>
public sealed partial class SeenActivityLog(LiteDbStore store, GroupCommit commits, ILogger<SeenActivityLog> logger)
{
    private ILiteCollection<SeenActivity> Collection => store.Database.GetCollection<SeenActivity>(SeenActivitySetup.CollectionName);

    public void Append(SeenActivity seen)
    {
        var document = store.Database.Mapper.ToDocument(seen);
        commits.WriteBehind(database =>
        {
            // Upsert: a message can be handled twice when a crash came between handling and this write.
            database.GetCollection(SeenActivitySetup.CollectionName).Upsert(document);
            return true;
        }, exception => LogWriteFailed(exception.Message));
    }

    public SeenActivity? Find(ObjectId key) => Collection.FindById(key);

    /// <summary>Deletes every key below <paramref name="firstKept"/>.</summary>
    public int Forget(ObjectId firstKept) => Collection.DeleteMany(BsonExpression.Create("_id < @0", firstKept));

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "Could not record a handled activity; a redelivery of it would run again: {Reason}")]
    private partial void LogWriteFailed(string reason);
}
