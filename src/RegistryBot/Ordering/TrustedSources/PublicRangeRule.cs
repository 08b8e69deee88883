namespace RegistryBot.Ordering.TrustedSources;

/// <summary>Rejects ranges the registry's public endpoint can never see a connection from.</summary>
internal static class PublicRangeRule
{
    private const string NeverSeen = "the registry's public endpoint never sees it";

    /// <summary>Returns why <paramref name="range"/> is not public, or null when it is.</summary>
    public static string? Check(AddressRange range, ReadOnlySpan<char> entry)
    {
        if (range.PrefixLength == 0)
        {
            return $"\"{entry}\" would open the registry to the whole internet: enter only the addresses your clients connect from";
        }

        var block = SpecialPurposeBlocks.FindOverlap(range);
        if (block is not null)
        {
            if (block.Range == range)
            {
                return $"\"{entry}\" is {block.Kind} ({block.Reference}): {NeverSeen}";
            }

            return block.Range.Contains(range)
                ? $"\"{entry}\" is in {block.Cidr}, {block.Kind} ({block.Reference}): {NeverSeen}"
                : $"\"{entry}\" includes {block.Cidr}, {block.Kind} ({block.Reference}): a trusted source must contain only public addresses";
        }

        if (range.IsIPv6 && !SpecialPurposeBlocks.IPv6GlobalUnicast.Contains(range))
        {
            return $"\"{entry}\" is outside the global unicast range 2000::/3 (RFC 4291): {NeverSeen}";
        }

        return null;
    }
}
