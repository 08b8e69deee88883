using RegistryBot.Ordering.TrustedSources;

namespace RegistryBot.Tests.Ordering.TrustedSources;

public sealed class TrustedSourceSyntaxTests
{
    private const string FourNumbers = "an IPv4 address has exactly four numbers separated by dots, e.g. 123.123.123.123";
    private const string NotAnAddress = "this is not an IP address or CIDR range";
    private const string MalformedIPv6 = "this is not a valid IPv6 address: use up to eight groups of one to four "
        + "hexadecimal digits separated by colons, with '::' at most once";

    [Theory]
    // IPNetwork.TryParse reads these as 8.0.0.0/8, 123.1.1.1, 10.0.0.1/16, 1.2.3.0/24 and 0.0.0.1.
    [InlineData("010.0.0.0/8", "leading zeros are not allowed in an address")]
    [InlineData("1.2.3.04", "leading zeros are not allowed in an address")]
    [InlineData("0x7b.1.1.1", "an IPv4 address may contain only decimal numbers and dots")]
    [InlineData("1.2.3.4a", "an IPv4 address may contain only decimal numbers and dots")]
    [InlineData("10.1/16", FourNumbers)]
    [InlineData("1", FourNumbers)]
    [InlineData("1.2.3.4.5", FourNumbers)]
    [InlineData("1..2.3", FourNumbers)]
    [InlineData("1.2.3.0/024", "leading zeros are not allowed in a prefix length")]
    [InlineData("not-an-ip", NotAnAddress)]
    [InlineData("/24", NotAnAddress)]
    [InlineData("300.1.1.1/32", "300 is out of range: each number of an IPv4 address must be 0 to 255")]
    [InlineData("1.2.3.1000", "1000 is out of range: each number of an IPv4 address must be 0 to 255")]
    [InlineData("1.2.3.4/33", "the prefix length must be 0 to 32 for an IPv4 address")]
    [InlineData("1.2.3.4/99999999999", "the prefix length must be 0 to 32 for an IPv4 address")]
    [InlineData("2a01:4f8::/129", "the prefix length must be 0 to 128 for an IPv6 address")]
    [InlineData("1.2.3.4/", "the prefix length after '/' is missing")]
    [InlineData("1.2.3.4/x", "the prefix length after '/' must be a decimal number")]
    [InlineData("1.2.3.4/24/24", "the prefix length after '/' must be a decimal number")]
    [InlineData("1.2.3.4/+8", "the prefix length after '/' must be a decimal number")]
    [InlineData("2a01:4f8::1%eth0/64", "zone ids (the part from '%') are not allowed")]
    [InlineData("[2a01:4f8::1]", "remove the brackets around the IPv6 address")]
    [InlineData("1.2.3.4:443", "port numbers are not allowed: enter the address only")]
    [InlineData("::ffff:1.2.3.4", "IPv6 addresses with an embedded IPv4 part (such as ::ffff:1.2.3.4) are not accepted: "
        + "enter the IPv4 address itself, or write the IPv6 address in hexadecimal groups")]
    [InlineData("2a01:4f8:::1", MalformedIPv6)]
    [InlineData("2a01:4f8::1::2", MalformedIPv6)]
    [InlineData("2a01:4f8:0:0:0:0:0:0:1", MalformedIPv6)]
    [InlineData("2a01:4f8:0:0:0:0:1", MalformedIPv6)]
    [InlineData("2a01:4f8g::1", MalformedIPv6)]
    [InlineData("2a01:104f8::1", MalformedIPv6)]
    [InlineData(":2a01:4f8::1", MalformedIPv6)]
    [InlineData("2a01:4f8::1:", MalformedIPv6)]
    public void Malformed_entries_are_rejected_naming_the_entry(string entry, string problem)
    {
        var result = TrustedSourceList.Parse(entry);

        Assert.Equal($"\"{entry}\": {problem}", Assert.Single(result.Errors));
        Assert.Empty(result.Sources);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_very_long_entry_is_shortened_in_the_error()
    {
        var entry = new string('x', 500);

        var error = Assert.Single(TrustedSourceList.Parse(entry).Errors);

        Assert.Equal($"\"{new string('x', 63)}…\": {NotAnAddress}", error);
    }

    [Theory]
    [InlineData("8.0.0.0/24", "8.0.0.0/24")]
    [InlineData("123.0.0.9", "123.0.0.9/32")]
    [InlineData("2A01:04F8:0000::1/128", "2a01:4f8::1/128")]
    [InlineData("2a01:4f8:0:0:0:0:0:1", "2a01:4f8::1/128")]
    [InlineData("2a01:4f8::", "2a01:4f8::/128")]
    public void Strict_forms_are_accepted(string entry, string cidr)
    {
        var result = TrustedSourceList.Parse(entry);

        Assert.Empty(result.Errors);
        Assert.Equal(cidr, Assert.Single(result.Sources).Cidr);
    }
}
