using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Ordering.Drafts;

/// <summary>
/// Drafts in LiteDB. Saves are compare-and-set on the version: LiteDB offers no conditional
/// replace, so the compare runs under <see cref="DraftWriteGate"/>, which is enough because the
/// data file lock guarantees a single process, and the write goes through <see cref="GroupCommit"/>.
/// </summary>
public sealed class DraftStore(LiteDbStore store, DraftWriteGate gate, GroupCommit commits, TimeProvider time)
{
    internal ILiteCollection<OrderDraft> Collection => store.Database.GetCollection<OrderDraft>(DraftSetup.CollectionName);

    public OrderDraft? Find(string draftId) =>
        gate.TryGetWritten(draftId, out var written) ? store.Database.Mapper.ToObject<OrderDraft>(written) : Collection.FindById(draftId);

    public OrderDraft? FindOpen(string conversationId, string userId)
    {
        var ownerKey = OrderDraft.OwnerKeyOf(conversationId, userId);
        if (gate.TryGetOpen(ownerKey, out var held))
        {
            return held is null ? null : store.Database.Mapper.ToObject<OrderDraft>(held);
        }

        return Collection.Find(BsonExpression.Create(DraftSetup.OpenOwnerKey + " = @0", ownerKey))
            .OrderByDescending(draft => draft.CreatedAt)
            .FirstOrDefault();
    }

    /// <summary>
    /// The caller's open draft in the conversation, or a new one made by <paramref name="create"/>;
    /// never two open at once, because the turns of a conversation run one at a time.
    /// </summary>
    public async Task<OrderDraft> OpenOrCreateAsync(string conversationId, string userId, Func<OrderDraft> create)
    {
        if (FindOpen(conversationId, userId) is { } open)
        {
            return open;
        }

        var draft = create();
        draft.CreatedAt = draft.UpdatedAt = Now;
        BsonDocument document;
        lock (gate.Lock)
        {
            document = gate.Written(draft, store.Database.Mapper);
        }

        try
        {
            await commits.WriteAsync(database =>
            {
                database.GetCollection(DraftSetup.CollectionName).Insert(document);
                return true;
            });
        }
        catch
        {
            gate.Forget(draft.Id);
            throw;
        }

        return draft;
    }

    /// <summary>
    /// Saves the draft if nobody saved it since it was read; false means it moved on meanwhile. The
    /// new version is claimed before the write, which other turns' saves share a commit with.
    /// </summary>
    public async Task<bool> TrySaveAsync(OrderDraft draft)
    {
        BsonDocument document;
        lock (gate.Lock)
        {
            // What this process last wrote is the truth, even before it is committed; the file only when it holds nothing.
            var current = gate.TryGetWritten(draft.Id, out var written)
                ? written[nameof(OrderDraft.Version)].AsInt32 == draft.Version
                : IsCurrentInFile(draft);
            if (!current)
            {
                return false;
            }

            draft.Version++;
            draft.UpdatedAt = Now;
            document = gate.Written(draft, store.Database.Mapper);
        }

        var saved = false;
        try
        {
            saved = await commits.WriteAsync(database => database.GetCollection(DraftSetup.CollectionName).Update(document));
            return saved;
        }
        finally
        {
            if (!saved)
            {
                gate.Forget(draft.Id);
            }
        }
    }

    private bool IsCurrentInFile(OrderDraft draft) =>
        Collection.FindById(draft.Id) is { State: DraftState.Open } current && current.Version == draft.Version;

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
