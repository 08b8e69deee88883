using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Ordering.Drafts;

/// <summary>
/// Drafts in LiteDB. Saves are compare-and-set on the version: LiteDB offers no conditional
/// replace, so the compare-write runs under <see cref="DraftWriteGate"/>, which is enough
/// because the data file lock guarantees a single process. All calls are synchronous on purpose.
/// </summary>
public sealed class DraftStore(LiteDbStore store, DraftWriteGate gate, TimeProvider time)
{
    internal ILiteCollection<OrderDraft> Collection => store.Database.GetCollection<OrderDraft>(DraftSetup.CollectionName);

    public OrderDraft? Find(string draftId) => Collection.FindById(draftId);

    public OrderDraft? FindOpen(string conversationId, string userId)
    {
        var ownerKey = OrderDraft.OwnerKeyOf(conversationId, userId);
        return Collection.Find(Query.EQ(DraftSetup.OpenOwnerKey, ownerKey))
            .OrderByDescending(draft => draft.CreatedAt)
            .FirstOrDefault();
    }

    /// <summary>The caller's open draft in the conversation, or a new one made by <paramref name="create"/>; never two open at once.</summary>
    public OrderDraft OpenOrCreate(string conversationId, string userId, Func<OrderDraft> create)
    {
        lock (gate.Lock)
        {
            if (FindOpen(conversationId, userId) is { } open)
            {
                return open;
            }

            var draft = create();
            draft.CreatedAt = draft.UpdatedAt = Now;
            Collection.Insert(draft);
            gate.Written(draft);
            return draft;
        }
    }

    /// <summary>Saves the draft if nobody saved it since it was read; false means it moved on meanwhile.</summary>
    public bool TrySave(OrderDraft draft)
    {
        lock (gate.Lock)
        {
            if (!gate.WroteVersion(draft.Id, draft.Version) && !IsCurrentInFile(draft))
            {
                return false;
            }

            draft.Version++;
            draft.UpdatedAt = Now;
            if (!Collection.Update(draft))
            {
                return false;
            }

            gate.Written(draft);
            return true;
        }
    }

    private bool IsCurrentInFile(OrderDraft draft) =>
        Collection.FindById(draft.Id) is { State: DraftState.Open } current && current.Version == draft.Version;

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
