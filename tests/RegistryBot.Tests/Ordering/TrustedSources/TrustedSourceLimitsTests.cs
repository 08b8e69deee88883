using System.Text;
using RegistryBot.Ordering.TrustedSources;

namespace RegistryBot.Tests.Ordering.TrustedSources;

public sealed class TrustedSourceLimitsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\r\n")]
    [InlineData(" ,; ")]
    public void Empty_input_asks_for_at_least_one_entry(string? input)
    {
        var result = TrustedSourceList.Parse(input);

        Assert.Equal("Enter at least one address or range.", Assert.Single(result.Errors));
        Assert.Empty(result.Sources);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void The_maximum_number_of_entries_is_accepted()
    {
        var result = TrustedSourceList.Parse(DistinctPublicAddresses(20));

        Assert.True(result.IsValid);
        Assert.Equal(20, result.Sources.Count);
    }

    [Fact]
    public void One_entry_more_than_the_maximum_is_an_error()
    {
        var result = TrustedSourceList.Parse(DistinctPublicAddresses(21));

        Assert.Equal(
            "Enter at most 20 addresses or ranges: this list has 21 after merging duplicates.",
            Assert.Single(result.Errors));
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Entries_are_counted_after_merging()
    {
        var input = DistinctPublicAddresses(19) + "11.0.0.0\n11.0.0.1/32\n12.0.0.0/24\n12.0.0.7";

        var result = TrustedSourceList.Parse(input);

        Assert.True(result.IsValid);
        Assert.Equal(20, result.Sources.Count);
    }

    [Fact]
    public void The_maximum_comes_from_the_policy()
    {
        var result = TrustedSourceList.Parse("1.1.1.1 8.8.8.8 9.9.9.9", new TrustedSourcePolicy { MaxEntries = 2 });

        Assert.Equal(
            "Enter at most 2 addresses or ranges: this list has 3 after merging duplicates.",
            Assert.Single(result.Errors));
    }

    [Fact]
    public void Ten_thousand_distinct_addresses_give_one_error_about_the_maximum()
    {
        var result = TrustedSourceList.Parse(DistinctPublicAddresses(10_000), new TrustedSourcePolicy { MaxEntries = 20 });

        Assert.Equal(
            "Enter at most 20 addresses or ranges: this list has 10,000 after merging duplicates.",
            Assert.Single(result.Errors));
        Assert.Equal(10_000, result.Sources.Count);
        Assert.Equal("11.0.0.0/32", result.Sources[0].Cidr);
        Assert.Equal("11.0.39.15/32", result.Sources[^1].Cidr);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void More_raw_entries_than_the_bound_are_refused_unparsed()
    {
        var input = DistinctPublicAddresses(TrustedSourceList.MaxRawEntries) + "\nnot-an-ip";

        var result = TrustedSourceList.Parse(input);

        Assert.Equal("The list has more than 10,000 entries.", Assert.Single(result.Errors));
        Assert.Empty(result.Sources);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Input_longer_than_the_bound_is_refused_unparsed()
    {
        var input = "1.1.1.1" + new string(' ', TrustedSourceList.MaxInputLength);

        var result = TrustedSourceList.Parse(input);

        Assert.Equal("The list is too long: enter at most 262,144 characters.", Assert.Single(result.Errors));
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Every_invalid_entry_of_a_mixed_list_is_reported_in_order()
    {
        var result = TrustedSourceList.Parse(
            "123.123.123.123/32, 010.0.0.0/8\n10.0.0.0/8; 222.222.222.130/28 not-an-ip 1.2.3.4/33 ::1 2a01:4f8::/32 1.2.3.4/33");

        Assert.Equal(
            [
                "\"010.0.0.0/8\": leading zeros are not allowed in an address",
                "\"10.0.0.0/8\" is a private range (RFC 1918): the registry's public endpoint never sees it",
                "\"not-an-ip\": this is not an IP address or CIDR range",
                "\"1.2.3.4/33\": the prefix length must be 0 to 32 for an IPv4 address",
                "\"::1\" is the loopback address (RFC 4291): the registry's public endpoint never sees it",
                "\"1.2.3.4/33\": the prefix length must be 0 to 32 for an IPv4 address",
            ],
            result.Errors);
        Assert.Equal(
            ["123.123.123.123/32", "222.222.222.128/28", "2a01:4f8::/32"],
            result.Sources.Select(source => source.Cidr));
        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData(0, 24, 48)]
    [InlineData(20, -1, 48)]
    [InlineData(20, 33, 48)]
    [InlineData(20, 24, 129)]
    public void An_impossible_policy_is_refused(int maxEntries, int ipv4Prefix, int ipv6Prefix)
    {
        var policy = new TrustedSourcePolicy
        {
            MaxEntries = maxEntries,
            WarnBroaderThanIPv4Prefix = ipv4Prefix,
            WarnBroaderThanIPv6Prefix = ipv6Prefix,
        };

        Assert.Throws<ArgumentOutOfRangeException>(() => TrustedSourceList.Parse("1.1.1.1", policy));
    }

    /// <summary>11.0.0.0, 11.0.0.1, … one per line: public /32s that never merge.</summary>
    private static string DistinctPublicAddresses(int count)
    {
        var builder = new StringBuilder(count * 14);
        for (var i = 0; i < count; i++)
        {
            builder.Append("11.0.").Append(i / 256).Append('.').Append(i % 256).Append('\n');
        }

        return builder.ToString();
    }
}
