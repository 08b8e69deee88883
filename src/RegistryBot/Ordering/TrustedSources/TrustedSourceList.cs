using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace RegistryBot.Ordering.TrustedSources;

/// <summary>
/// Parses and validates the trusted sources a customer types: IPv4 and IPv6 addresses or CIDR ranges allowed to
/// reach the registry's public endpoint.
/// </summary>
public static class TrustedSourceList
{
    /// <summary>Longer input is refused without being parsed.</summary>
    public const int MaxInputLength = 256 * 1024;

    /// <summary>Input with more entries, before merging, is refused without being parsed.</summary>
    public const int MaxRawEntries = 10_000;

    public static TrustedSourceParseResult Parse(string? input) => Parse(input, TrustedSourcePolicy.Default);

    /// <summary>
    /// Splits <paramref name="input"/> at new lines, commas, semicolons and blanks; rejects malformed and non-public
    /// entries; clears host bits; merges duplicates and contained ranges.
    /// </summary>
    public static TrustedSourceParseResult Parse(string? input, TrustedSourcePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ValidatePolicy(policy);

        var text = input.AsSpan();
        if (text.Length > MaxInputLength)
        {
            return Refused(string.Create(
                CultureInfo.InvariantCulture, $"The list is too long: enter at most {MaxInputLength:N0} characters."));
        }

        var entries = new List<Range>();
        if (!EntrySplitter.TrySplit(text, MaxRawEntries, entries))
        {
            return Refused(string.Create(
                CultureInfo.InvariantCulture, $"The list has more than {MaxRawEntries:N0} entries."));
        }

        if (entries.Count == 0)
        {
            return Refused("Enter at least one address or range.");
        }

        var errors = new List<string>();
        var notes = new List<string>();
        var accepted = new List<AcceptedEntry>(entries.Count);
        for (var order = 0; order < entries.Count; order++)
        {
            var entry = text[entries[order]];
            if (TryAccept(entry, out var range, out var hostBitsSet, out var error))
            {
                if (hostBitsSet)
                {
                    notes.Add($"\"{entry}\" has host bits set: using {range.ToNetwork()}");
                }

                accepted.Add(new AcceptedEntry(range, order, entries[order]));
            }
            else
            {
                errors.Add(error);
            }
        }

        var kept = RangeMerger.Merge(accepted, text, notes);
        if (kept.Count > policy.MaxEntries)
        {
            errors.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Enter at most {policy.MaxEntries} addresses or ranges: this list has {kept.Count:N0} after merging duplicates."));
        }

        var sources = new TrustedSource[kept.Count];
        var warnings = new List<string>();
        for (var i = 0; i < kept.Count; i++)
        {
            var range = kept[i].Range;
            sources[i] = new TrustedSource(range.ToNetwork());
            var warnBelow = range.IsIPv6 ? policy.WarnBroaderThanIPv6Prefix : policy.WarnBroaderThanIPv4Prefix;
            if (range.PrefixLength < warnBelow)
            {
                warnings.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"\"{text[kept[i].Text]}\" is broader than /{warnBelow}: accepted, but the provider recommends trusting as few addresses as possible, ideally a single one"));
            }
        }

        return new TrustedSourceParseResult(sources, errors, notes, warnings);
    }

    /// <summary>One CIDR per line, to pre-fill the trusted sources input of the order card.</summary>
    public static string Format(IEnumerable<TrustedSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return string.Join('\n', sources.Select(static source => source.Cidr));
    }

    private static bool TryAccept(
        ReadOnlySpan<char> entry,
        out AddressRange range,
        out bool hostBitsSet,
        [NotNullWhen(false)] out string? error)
    {
        range = default;
        hostBitsSet = false;
        var problem = StrictEntrySyntax.Check(entry, out var shape);
        if (problem is not null)
        {
            error = $"\"{Shorten(entry)}\": {problem}";
            return false;
        }

        if (!IPAddress.TryParse(entry[..shape.AddressLength], out var address))
        {
            // Unreachable while the syntax check is at least as strict as IPAddress; kept so a gap cannot throw.
            error = $"\"{Shorten(entry)}\": this is not an IP address or CIDR range";
            return false;
        }

        var prefixLength = shape.PrefixLength >= 0 ? shape.PrefixLength : AddressRange.WidthOf(shape.IsIPv6);
        range = AddressRange.FromAddress(address, prefixLength, out hostBitsSet);
        error = PublicRangeRule.Check(range, entry);
        return error is null;
    }

    /// <summary>A well-formed entry is at most 49 characters; longer text is cut so one paste cannot flood the card.</summary>
    private static ReadOnlySpan<char> Shorten(ReadOnlySpan<char> entry) =>
        entry.Length <= 64 ? entry : string.Concat(entry[..63], "…");

    private static void ValidatePolicy(TrustedSourcePolicy policy)
    {
        if (policy.MaxEntries < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy.MaxEntries, "MaxEntries must be at least 1.");
        }

        if (policy.WarnBroaderThanIPv4Prefix is < 0 or > 32)
        {
            throw new ArgumentOutOfRangeException(
                nameof(policy), policy.WarnBroaderThanIPv4Prefix, "WarnBroaderThanIPv4Prefix must be 0 to 32.");
        }

        if (policy.WarnBroaderThanIPv6Prefix is < 0 or > 128)
        {
            throw new ArgumentOutOfRangeException(
                nameof(policy), policy.WarnBroaderThanIPv6Prefix, "WarnBroaderThanIPv6Prefix must be 0 to 128.");
        }
    }

    private static TrustedSourceParseResult Refused(string error) => new([], [error], [], []);
}
