using LiteDB;

namespace RegistryBot.Ordering.Drafts;

/// <summary>
/// Serialises every compare-and-set on drafts (saves and placement) within the process, and keeps
/// the document it last wrote of each open draft: the data file lock makes this process the only
/// writer, so reading an open draft or comparing its version needs no trip to the data file. A draft
/// it does not hold (after a restart, once placed) is read from the data file. A compare-and-set
/// (<see cref="WroteVersion"/>, then <see cref="Written"/>) is made holding <see cref="Lock"/>.
/// </summary>
public sealed class DraftWriteGate
{
    // Abandoned open drafts would otherwise stay for the life of the process; past this many the
    // gate starts afresh, which only costs reads from the data file.
    private const int MaxHeld = 10_000;

    private readonly Dictionary<string, BsonDocument> _writtenOpen = new(StringComparer.Ordinal);
    private readonly Lock _heldLock = new();

    public Lock Lock { get; } = new();

    public bool TryGetWritten(string draftId, out BsonDocument written)
    {
        lock (_heldLock)
        {
            return _writtenOpen.TryGetValue(draftId, out written!);
        }
    }

    public bool WroteVersion(string draftId, int version) =>
        TryGetWritten(draftId, out var written) && written[nameof(OrderDraft.Version)].AsInt32 == version;

    /// <summary>Records the draft as written (or about to be) and returns it as a document, to write unchanged.</summary>
    public BsonDocument Written(OrderDraft draft, BsonMapper mapper)
    {
        var document = mapper.ToDocument(draft);
        lock (_heldLock)
        {
            if (draft.State != DraftState.Open)
            {
                _writtenOpen.Remove(draft.Id);
                return document;
            }

            if (_writtenOpen.Count >= MaxHeld && !_writtenOpen.ContainsKey(draft.Id))
            {
                _writtenOpen.Clear();
            }

            _writtenOpen[draft.Id] = document;
            return document;
        }
    }

    public void Forget(string draftId)
    {
        lock (_heldLock)
        {
            _writtenOpen.Remove(draftId);
        }
    }
}
