namespace RegistryBot.Ordering.Drafts;

/// <summary>
/// Serialises every compare-and-set on drafts (saves and placement) within the process, and
/// remembers the version it last wrote of each open draft: the data file lock makes this process
/// the only writer, so a save whose version matches needs no read-back. Any other answer is
/// checked against the data file. Members other than <see cref="Lock"/> are called holding it.
/// </summary>
public sealed class DraftWriteGate
{
    private readonly Dictionary<string, int> _writtenOpenVersions = new(StringComparer.Ordinal);

    public Lock Lock { get; } = new();

    public bool WroteVersion(string draftId, int version) =>
        _writtenOpenVersions.TryGetValue(draftId, out var written) && written == version;

    public void Written(OrderDraft draft)
    {
        if (draft.State == DraftState.Open)
        {
            _writtenOpenVersions[draft.Id] = draft.Version;
        }
        else
        {
            _writtenOpenVersions.Remove(draft.Id);
        }
    }
}
