using RegistryBot.Ordering.TrustedSources;

namespace RegistryBot.Tests.Ordering.TrustedSources;

public sealed class TrustedSourcePublicRangeTests
{
    private const string NeverSeen = ": the registry's public endpoint never sees it";
    private const string OnlyPublic = ": a trusted source must contain only public addresses";

    [Theory]
    [InlineData("0.0.0.0/0")]
    [InlineData("::/0")]
    [InlineData("64.0.0.0/0")]
    public void The_whole_internet_is_rejected(string entry)
    {
        var result = TrustedSourceList.Parse(entry);

        Assert.Equal(
            $"\"{entry}\" would open the registry to the whole internet: enter only the addresses your clients connect from",
            Assert.Single(result.Errors));
        Assert.Empty(result.Sources);
        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("10.0.0.0/8", "is a private range (RFC 1918)" + NeverSeen)]
    [InlineData("10.1.2.3/8", "is a private range (RFC 1918)" + NeverSeen)]
    [InlineData("192.168.1.1", "is in 192.168.0.0/16, a private range (RFC 1918)" + NeverSeen)]
    [InlineData("172.20.0.0/16", "is in 172.16.0.0/12, a private range (RFC 1918)" + NeverSeen)]
    [InlineData("100.64.0.1", "is in 100.64.0.0/10, a shared address space range for carrier-grade NAT (RFC 6598)" + NeverSeen)]
    [InlineData("0.0.0.0", "is in 0.0.0.0/8, a 'this network' range (RFC 1122)" + NeverSeen)]
    [InlineData("127.0.0.1", "is in 127.0.0.0/8, a loopback range (RFC 1122)" + NeverSeen)]
    [InlineData("169.254.10.1", "is in 169.254.0.0/16, a link-local range (RFC 3927)" + NeverSeen)]
    [InlineData("192.0.0.8", "is in 192.0.0.0/24, an IETF protocol assignments range (RFC 6890)" + NeverSeen)]
    [InlineData("192.0.2.1", "is in 192.0.2.0/24, a documentation range (RFC 5737)" + NeverSeen)]
    [InlineData("198.51.100.0/24", "is a documentation range (RFC 5737)" + NeverSeen)]
    [InlineData("203.0.113.7", "is in 203.0.113.0/24, a documentation range (RFC 5737)" + NeverSeen)]
    [InlineData("192.88.99.1", "is in 192.88.99.0/24, a deprecated 6to4 relay anycast range (RFC 7526)" + NeverSeen)]
    [InlineData("198.19.0.0/16", "is in 198.18.0.0/15, a benchmarking range (RFC 2544)" + NeverSeen)]
    [InlineData("224.0.0.1", "is in 224.0.0.0/4, a multicast range (RFC 5771)" + NeverSeen)]
    [InlineData("240.0.0.1", "is in 240.0.0.0/4, a reserved range (RFC 1112)" + NeverSeen)]
    [InlineData("255.255.255.255", "is the limited broadcast address (RFC 919)" + NeverSeen)]
    [InlineData("0.0.0.0/1", "includes 0.0.0.0/8, a 'this network' range (RFC 1122)" + OnlyPublic)]
    [InlineData("96.0.0.0/3", "includes 100.64.0.0/10, a shared address space range for carrier-grade NAT (RFC 6598)" + OnlyPublic)]
    [InlineData("11.0.0.0/7", "includes 10.0.0.0/8, a private range (RFC 1918)" + OnlyPublic)]
    [InlineData("192.168.0.0/15", "includes 192.168.0.0/16, a private range (RFC 1918)" + OnlyPublic)]
    public void Non_public_IPv4_ranges_are_rejected(string entry, string reason)
    {
        var result = TrustedSourceList.Parse(entry);

        Assert.Equal($"\"{entry}\" {reason}", Assert.Single(result.Errors));
        Assert.Empty(result.Sources);
        Assert.Empty(result.Notes);
    }

    [Theory]
    [InlineData("::", "is the unspecified address (RFC 4291)" + NeverSeen)]
    [InlineData("::1", "is the loopback address (RFC 4291)" + NeverSeen)]
    [InlineData("::ffff:102:304", "is in ::ffff:0:0/96, an IPv4-mapped range (RFC 4291)" + NeverSeen)]
    [InlineData("64:ff9b::102:304", "is in 64:ff9b::/96, an IPv4/IPv6 translation range (RFC 6052)" + NeverSeen)]
    [InlineData("64:ff9b:1::1", "is in 64:ff9b:1::/48, a local-use IPv4/IPv6 translation range (RFC 8215)" + NeverSeen)]
    [InlineData("100::1", "is in 100::/64, a discard-only range (RFC 6666)" + NeverSeen)]
    [InlineData("2001::1", "is in 2001::/32, a Teredo range (RFC 4380)" + NeverSeen)]
    [InlineData("2001:100::1", "is in 2001::/23, an IETF protocol assignments range (RFC 2928)" + NeverSeen)]
    [InlineData("2001:db8::1", "is in 2001:db8::/32, a documentation range (RFC 3849)" + NeverSeen)]
    [InlineData("2001:db8::/32", "is a documentation range (RFC 3849)" + NeverSeen)]
    [InlineData("3fff::1", "is in 3fff::/20, a documentation range (RFC 9637)" + NeverSeen)]
    [InlineData("2002:c000:204::1", "is in 2002::/16, a 6to4 range (RFC 3056)" + NeverSeen)]
    [InlineData("fc00::/7", "is a unique local range (RFC 4193)" + NeverSeen)]
    [InlineData("fd12:3456::1", "is in fc00::/7, a unique local range (RFC 4193)" + NeverSeen)]
    [InlineData("fe80::1/64", "is in fe80::/10, a link-local range (RFC 4291)" + NeverSeen)]
    [InlineData("ff02::1", "is in ff00::/8, a multicast range (RFC 4291)" + NeverSeen)]
    [InlineData("4000::1", "is outside the global unicast range 2000::/3 (RFC 4291)" + NeverSeen)]
    [InlineData("2000::/2", "includes ::/128, the unspecified address (RFC 4291)" + OnlyPublic)]
    [InlineData("2000::/7", "includes 2001::/23, an IETF protocol assignments range (RFC 2928)" + OnlyPublic)]
    public void Non_public_IPv6_ranges_are_rejected(string entry, string reason)
    {
        var result = TrustedSourceList.Parse(entry);

        Assert.Equal($"\"{entry}\" {reason}", Assert.Single(result.Errors));
        Assert.Empty(result.Sources);
    }

    [Theory]
    [InlineData("2a01:4f8::/32", "2a01:4f8::/32")]
    [InlineData("2a01:4f8:c17:1234::1", "2a01:4f8:c17:1234::1/128")]
    [InlineData("2001:200::/23", "2001:200::/23")]
    [InlineData("2003::/19", "2003::/19")]
    [InlineData("100.128.0.1", "100.128.0.1/32")]
    [InlineData("172.32.0.1", "172.32.0.1/32")]
    [InlineData("223.255.255.255", "223.255.255.255/32")]
    public void Public_ranges_next_to_special_blocks_are_accepted(string entry, string cidr)
    {
        var result = TrustedSourceList.Parse(entry);

        Assert.Empty(result.Errors);
        Assert.Equal(cidr, Assert.Single(result.Sources).Cidr);
    }
}
