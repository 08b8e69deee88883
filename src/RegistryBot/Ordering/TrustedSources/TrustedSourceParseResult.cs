namespace RegistryBot.Ordering.TrustedSources;

/// <summary>
/// The outcome of <see cref="TrustedSourceList.Parse(string?, TrustedSourcePolicy)"/>. <see cref="Sources"/> holds
/// the entries that were accepted even when other entries failed; store them only when <see cref="IsValid"/>.
/// </summary>
public sealed class TrustedSourceParseResult
{
    internal TrustedSourceParseResult(
        IReadOnlyList<TrustedSource> sources,
        IReadOnlyList<string> errors,
        IReadOnlyList<string> notes,
        IReadOnlyList<string> warnings)
    {
        Sources = sources;
        Errors = errors;
        Notes = notes;
        Warnings = warnings;
    }

    /// <summary>Accepted ranges, normalised and merged, in the order they first appeared.</summary>
    public IReadOnlyList<TrustedSource> Sources { get; }

    /// <summary>Why entries were rejected; each names the entry as it was typed.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Normalisations applied: host bits cleared, duplicates and contained ranges merged.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Accepted ranges the provider advises against, such as ranges broader than a /24.</summary>
    public IReadOnlyList<string> Warnings { get; }

    public bool IsValid => Errors.Count == 0 && Sources.Count > 0;
}
