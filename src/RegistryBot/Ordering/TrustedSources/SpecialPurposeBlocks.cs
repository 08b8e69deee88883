namespace RegistryBot.Ordering.TrustedSources;

/// <summary>
/// Non-public address blocks, from the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890):
/// https://www.iana.org/assignments/iana-ipv4-special-registry and
/// https://www.iana.org/assignments/iana-ipv6-special-registry.
/// </summary>
internal static class SpecialPurposeBlocks
{
    private const string Documentation = "a documentation range";
    private const string Private = "a private range";

    public static IReadOnlyList<SpecialPurposeBlock> IPv4 { get; } =
    [
        new("0.0.0.0/8", "a 'this network' range", "RFC 1122"),
        new("10.0.0.0/8", Private, "RFC 1918"),
        new("100.64.0.0/10", "a shared address space range for carrier-grade NAT", "RFC 6598"),
        new("127.0.0.0/8", "a loopback range", "RFC 1122"),
        new("169.254.0.0/16", "a link-local range", "RFC 3927"),
        new("172.16.0.0/12", Private, "RFC 1918"),
        new("192.0.0.0/24", "an IETF protocol assignments range", "RFC 6890"),
        new("192.0.2.0/24", Documentation, "RFC 5737"),
        new("192.88.99.0/24", "a deprecated 6to4 relay anycast range", "RFC 7526"),
        new("192.168.0.0/16", Private, "RFC 1918"),
        new("198.18.0.0/15", "a benchmarking range", "RFC 2544"),
        new("198.51.100.0/24", Documentation, "RFC 5737"),
        new("203.0.113.0/24", Documentation, "RFC 5737"),
        new("224.0.0.0/4", "a multicast range", "RFC 5771"),
        new("240.0.0.0/4", "a reserved range", "RFC 1112"),
        new("255.255.255.255/32", "the limited broadcast address", "RFC 919"),
    ];

    public static IReadOnlyList<SpecialPurposeBlock> IPv6 { get; } =
    [
        new("::/128", "the unspecified address", "RFC 4291"),
        new("::1/128", "the loopback address", "RFC 4291"),
        new("::ffff:0:0/96", "an IPv4-mapped range", "RFC 4291"),
        new("64:ff9b::/96", "an IPv4/IPv6 translation range", "RFC 6052"),
        new("64:ff9b:1::/48", "a local-use IPv4/IPv6 translation range", "RFC 8215"),
        new("100::/64", "a discard-only range", "RFC 6666"),
        new("2001::/23", "an IETF protocol assignments range", "RFC 2928"),
        new("2001::/32", "a Teredo range", "RFC 4380"),
        new("2001:db8::/32", Documentation, "RFC 3849"),
        new("2002::/16", "a 6to4 range", "RFC 3056"),
        new("3fff::/20", Documentation, "RFC 9637"),
        new("fc00::/7", "a unique local range", "RFC 4193"),
        new("fe80::/10", "a link-local range", "RFC 4291"),
        new("ff00::/8", "a multicast range", "RFC 4291"),
    ];

    /// <summary>Every public IPv6 unicast address lies in 2000::/3 (RFC 4291, section 2.4).</summary>
    public static AddressRange IPv6GlobalUnicast { get; } = AddressRange.Parse("2000::/3");

    /// <summary>
    /// The block <paramref name="range"/> overlaps, or null. When several overlap, the most specific block that
    /// contains the range wins (255.255.255.255 is the broadcast address rather than part of 240.0.0.0/4);
    /// failing that, the lowest block inside the range.
    /// </summary>
    public static SpecialPurposeBlock? FindOverlap(AddressRange range)
    {
        SpecialPurposeBlock? container = null;
        SpecialPurposeBlock? contained = null;
        foreach (var block in range.IsIPv6 ? IPv6 : IPv4)
        {
            if (block.Range.Contains(range))
            {
                if (container is null || block.Range.PrefixLength > container.Range.PrefixLength)
                {
                    container = block;
                }
            }
            else if (contained is null && block.Range.Overlaps(range))
            {
                contained = block;
            }
        }

        return container ?? contained;
    }
}
