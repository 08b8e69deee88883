using RegistryBot.Ordering.TrustedSources;

namespace RegistryBot.Tests.Ordering.TrustedSources;

public sealed class TrustedSourceNormalisationTests
{
    [Fact]
    public void The_providers_own_example_is_accepted_as_typed()
    {
        var result = TrustedSourceList.Parse("123.123.123.123/32\n222.222.222.128/28");

        Assert.True(result.IsValid);
        Assert.Equal(["123.123.123.123/32", "222.222.222.128/28"], result.Sources.Select(source => source.Cidr));
        Assert.Empty(result.Errors);
        Assert.Empty(result.Notes);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Host_bits_are_cleared_with_a_note()
    {
        var result = TrustedSourceList.Parse("222.222.222.130/28");

        Assert.True(result.IsValid);
        Assert.Equal("222.222.222.128/28", Assert.Single(result.Sources).Cidr);
        Assert.Equal("\"222.222.222.130/28\" has host bits set: using 222.222.222.128/28", Assert.Single(result.Notes));
    }

    [Fact]
    public void IPv6_host_bits_are_cleared_with_a_note()
    {
        var result = TrustedSourceList.Parse("2a01:4f8:c17:1234::1/64");

        Assert.Equal("2a01:4f8:c17:1234::/64", Assert.Single(result.Sources).Cidr);
        Assert.Equal("\"2a01:4f8:c17:1234::1/64\" has host bits set: using 2a01:4f8:c17:1234::/64", Assert.Single(result.Notes));
    }

    [Theory]
    [InlineData("1.2.3.4", "1.2.3.4/32")]
    [InlineData("2a01:4f8::1", "2a01:4f8::1/128")]
    public void A_bare_address_is_a_single_host(string entry, string cidr)
    {
        var result = TrustedSourceList.Parse(entry);

        Assert.True(result.IsValid);
        var source = Assert.Single(result.Sources);
        Assert.Equal(cidr, source.Cidr);
        Assert.Equal(System.Net.IPNetwork.Parse(cidr), source.Network);
        Assert.Empty(result.Notes);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("1.1.1.1,8.8.8.8")]
    [InlineData("1.1.1.1;8.8.8.8")]
    [InlineData("1.1.1.1 8.8.8.8")]
    [InlineData("1.1.1.1\t8.8.8.8")]
    [InlineData("1.1.1.1\n8.8.8.8")]
    [InlineData("1.1.1.1\r\n8.8.8.8\r\n")]
    [InlineData("  1.1.1.1 ,, ;\r\n\r\n 8.8.8.8 ;")]
    public void Entries_are_separated_by_new_lines_commas_semicolons_and_blanks(string input)
    {
        var result = TrustedSourceList.Parse(input);

        Assert.True(result.IsValid);
        Assert.Equal(["1.1.1.1/32", "8.8.8.8/32"], result.Sources.Select(source => source.Cidr));
        Assert.Empty(result.Errors);
        Assert.Empty(result.Notes);
    }

    [Theory]
    [InlineData("1.2.0.0/16", "/24")]
    [InlineData("1.2.2.0/23", "/24")]
    [InlineData("2a01:4f8::/32", "/48")]
    public void Broad_ranges_are_accepted_with_a_warning(string entry, string threshold)
    {
        var result = TrustedSourceList.Parse(entry);

        Assert.True(result.IsValid);
        Assert.Equal(entry, Assert.Single(result.Sources).Cidr);
        Assert.Equal(
            $"\"{entry}\" is broader than {threshold}: accepted, but the provider recommends trusting as few addresses as possible, ideally a single one",
            Assert.Single(result.Warnings));
    }

    [Theory]
    [InlineData("1.2.3.0/24")]
    [InlineData("2a01:4f8:1::/48")]
    public void Ranges_at_the_warning_threshold_get_no_warning(string entry)
    {
        var result = TrustedSourceList.Parse(entry);

        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void The_warning_thresholds_come_from_the_policy()
    {
        var policy = new TrustedSourcePolicy { WarnBroaderThanIPv4Prefix = 32, WarnBroaderThanIPv6Prefix = 64 };

        var result = TrustedSourceList.Parse("1.2.3.0/28 1.2.3.16/32 2a01:4f8:1::/48", policy);

        Assert.True(result.IsValid);
        Assert.Equal(2, result.Warnings.Count);
        Assert.StartsWith("\"1.2.3.0/28\" is broader than /32", result.Warnings[0], StringComparison.Ordinal);
        Assert.StartsWith("\"2a01:4f8:1::/48\" is broader than /64", result.Warnings[1], StringComparison.Ordinal);
    }
}
