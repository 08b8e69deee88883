using LiteDB;

namespace RegistryBot.Ordering.Drafts;

/// <summary>
/// Serialises every compare-and-set on drafts (saves and placement) within the process, and keeps
/// the document it last wrote of each open draft, and which draft each owner has open (or that
/// the owner has none since this process closed it): the data file lock makes this process the
/// only writer, and an owner never has two drafts open, so reading an open draft, comparing its
/// version or finding an owner's open draft needs no trip to the data file. Anything it does not
/// hold (after a restart, once forgotten) is read from the data file. A compare-and-set
/// (<see cref="TryGetWritten"/>, then <see cref="Written"/>) is made holding <see cref="Lock"/>.
/// </summary>
public sealed class DraftWriteGate
{
    // Abandoned open drafts, and owners long gone, would otherwise stay for the life of the
    // process; past this many the gate starts afresh, which only costs reads from the data file.
    private const int MaxHeld = 10_000;
    private const int MaxOwners = 20_000;

    private readonly Dictionary<string, BsonDocument> _writtenOpen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _openByOwner = new(StringComparer.Ordinal);
    private readonly Lock _heldLock = new();

    public Lock Lock { get; } = new();

    public bool TryGetWritten(string draftId, out BsonDocument written)
    {
        lock (_heldLock)
        {
            return _writtenOpen.TryGetValue(draftId, out written!);
        }
    }

    /// <summary>True when it knows the owner's open draft (<paramref name="open"/>), or that there is none (null).</summary>
    public bool TryGetOpen(string ownerKey, out BsonDocument? open)
    {
        lock (_heldLock)
        {
            open = null;
            if (!_openByOwner.TryGetValue(ownerKey, out var draftId))
            {
                return false;
            }

            return draftId is null || _writtenOpen.TryGetValue(draftId, out open);
        }
    }

    /// <summary>Records the draft as written (or about to be) and returns it as a document, to write unchanged.</summary>
    public BsonDocument Written(OrderDraft draft, BsonMapper mapper)
    {
        var document = mapper.ToDocument(draft);
        lock (_heldLock)
        {
            if (draft.State != DraftState.Open)
            {
                CloseHeld(draft.Id, draft.OwnerKey);
                return document;
            }

            if ((_writtenOpen.Count >= MaxHeld && !_writtenOpen.ContainsKey(draft.Id))
                || (_openByOwner.Count >= MaxOwners && !_openByOwner.ContainsKey(draft.OwnerKey)))
            {
                _writtenOpen.Clear();
                _openByOwner.Clear();
            }

            _writtenOpen[draft.Id] = document;
            _openByOwner[draft.OwnerKey] = draft.Id;
            return document;
        }
    }

    /// <summary>The draft was placed: its owner has no open draft now.</summary>
    public void Closed(string draftId)
    {
        lock (_heldLock)
        {
            if (_writtenOpen.TryGetValue(draftId, out var held))
            {
                CloseHeld(draftId, held[nameof(OrderDraft.OwnerKey)].AsString);
            }
        }
    }

    /// <summary>Its write failed or its state is not known here: the next read goes to the data file.</summary>
    public void Forget(string draftId)
    {
        lock (_heldLock)
        {
            if (_writtenOpen.Remove(draftId, out var held))
            {
                _openByOwner.Remove(held[nameof(OrderDraft.OwnerKey)].AsString);
            }
        }
    }

    private void CloseHeld(string draftId, string ownerKey)
    {
        _writtenOpen.Remove(draftId);
        if (_openByOwner.TryGetValue(ownerKey, out var open) && open == draftId)
        {
            _openByOwner[ownerKey] = null;
        }
    }
}
