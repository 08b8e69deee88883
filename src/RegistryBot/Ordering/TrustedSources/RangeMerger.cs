namespace RegistryBot.Ordering.TrustedSources;

/// <summary>
/// Drops entries equal to or inside another entry. Sorted by family, start and then prefix length, every range
/// that survives is disjoint from the ones before it, so an entry is covered by some survivor exactly when it is
/// covered by the latest one: one pass after an O(n log n) sort.
/// </summary>
internal static class RangeMerger
{
    public static List<AcceptedEntry> Merge(List<AcceptedEntry> entries, ReadOnlySpan<char> input, List<string> notes)
    {
        var sorted = entries.ToArray();
        Array.Sort(sorted, CompareForMerge);

        var kept = new List<AcceptedEntry>(sorted.Length);
        var dropped = new List<(AcceptedEntry Entry, AcceptedEntry KeptAs)>();
        foreach (var entry in sorted)
        {
            if (kept.Count > 0 && kept[^1].Range.Contains(entry.Range))
            {
                dropped.Add((entry, kept[^1]));
            }
            else
            {
                kept.Add(entry);
            }
        }

        kept.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        dropped.Sort(static (a, b) => a.Entry.Order.CompareTo(b.Entry.Order));

        HashSet<string>? repeated = null;
        foreach (var (entry, keptAs) in dropped)
        {
            var text = input[entry.Text];
            var keptText = input[keptAs.Text];
            if (entry.Range != keptAs.Range)
            {
                notes.Add($"\"{text}\" is inside {keptAs.Range.ToNetwork()}: merged into it");
            }
            else if (!text.SequenceEqual(keptText))
            {
                notes.Add($"\"{text}\" is the same as \"{keptText}\": using {keptAs.Range.ToNetwork()} once");
            }
            else
            {
                // A value typed three times gets one note, not two.
                var note = $"\"{text}\" appears more than once: using it once";
                if ((repeated ??= []).Add(note))
                {
                    notes.Add(note);
                }
            }
        }

        return kept;
    }

    private static int CompareForMerge(AcceptedEntry a, AcceptedEntry b)
    {
        var order = a.Range.IsIPv6.CompareTo(b.Range.IsIPv6);
        if (order == 0)
        {
            order = a.Range.Start.CompareTo(b.Range.Start);
        }

        if (order == 0)
        {
            order = a.Range.PrefixLength.CompareTo(b.Range.PrefixLength);
        }

        return order != 0 ? order : a.Order.CompareTo(b.Order);
    }
}
