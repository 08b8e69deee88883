namespace RegistryBot.Ordering.TrustedSources;

/// <summary>Splits the customer's text into entries at whitespace, commas and semicolons.</summary>
internal static class EntrySplitter
{
    /// <summary>
    /// Adds the position of every non-empty entry to <paramref name="entries"/>; stops and returns false as soon as
    /// there are more than <paramref name="maxEntries"/>.
    /// </summary>
    public static bool TrySplit(ReadOnlySpan<char> input, int maxEntries, List<Range> entries)
    {
        var start = -1;
        for (var i = 0; i <= input.Length; i++)
        {
            var isSeparator = i == input.Length || IsSeparator(input[i]);
            if (!isSeparator)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                if (entries.Count == maxEntries)
                {
                    return false;
                }

                entries.Add(start..i);
                start = -1;
            }
        }

        return true;
    }

    private static bool IsSeparator(char c) => c is ',' or ';' || char.IsWhiteSpace(c);
}
