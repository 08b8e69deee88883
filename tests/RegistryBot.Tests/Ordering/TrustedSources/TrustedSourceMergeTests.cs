using RegistryBot.Ordering.TrustedSources;

namespace RegistryBot.Tests.Ordering.TrustedSources;

public sealed class TrustedSourceMergeTests
{
    [Fact]
    public void A_repeated_entry_is_kept_once_with_one_note()
    {
        var result = TrustedSourceList.Parse("1.2.3.4/32\n1.2.3.4/32\n1.2.3.4/32");

        Assert.True(result.IsValid);
        Assert.Equal("1.2.3.4/32", Assert.Single(result.Sources).Cidr);
        Assert.Equal("\"1.2.3.4/32\" appears more than once: using it once", Assert.Single(result.Notes));
    }

    [Fact]
    public void The_same_range_written_two_ways_is_kept_once()
    {
        var result = TrustedSourceList.Parse("1.2.3.4, 1.2.3.4/32");

        Assert.Equal("1.2.3.4/32", Assert.Single(result.Sources).Cidr);
        Assert.Equal("\"1.2.3.4/32\" is the same as \"1.2.3.4\": using 1.2.3.4/32 once", Assert.Single(result.Notes));
    }

    [Theory]
    [InlineData("1.2.3.4\n1.2.3.0/24")]
    [InlineData("1.2.3.0/24\n1.2.3.4")]
    public void An_address_inside_another_entry_is_merged_into_it(string input)
    {
        var result = TrustedSourceList.Parse(input);

        Assert.True(result.IsValid);
        Assert.Equal("1.2.3.0/24", Assert.Single(result.Sources).Cidr);
        Assert.Equal("\"1.2.3.4\" is inside 1.2.3.0/24: merged into it", Assert.Single(result.Notes));
    }

    [Fact]
    public void Nested_ranges_collapse_into_the_broadest()
    {
        var result = TrustedSourceList.Parse("1.2.3.4 1.2.3.0/24 1.2.0.0/16 2a01:4f8::1 2a01:4f8::/32");

        Assert.Equal(["1.2.0.0/16", "2a01:4f8::/32"], result.Sources.Select(source => source.Cidr));
        Assert.Equal(
            [
                "\"1.2.3.4\" is inside 1.2.0.0/16: merged into it",
                "\"1.2.3.0/24\" is inside 1.2.0.0/16: merged into it",
                "\"2a01:4f8::1\" is inside 2a01:4f8::/32: merged into it",
            ],
            result.Notes);
    }

    [Fact]
    public void A_host_bits_variant_of_an_entry_gets_both_notes()
    {
        var result = TrustedSourceList.Parse("222.222.222.128/28 222.222.222.130/28");

        Assert.Equal("222.222.222.128/28", Assert.Single(result.Sources).Cidr);
        Assert.Equal(
            [
                "\"222.222.222.130/28\" has host bits set: using 222.222.222.128/28",
                "\"222.222.222.130/28\" is the same as \"222.222.222.128/28\": using 222.222.222.128/28 once",
            ],
            result.Notes);
    }

    [Fact]
    public void Survivors_keep_the_order_in_which_they_were_typed()
    {
        var result = TrustedSourceList.Parse("9.9.9.9 2a01:4f8::1 1.1.1.1 8.8.8.8 1.1.1.0/24 9.9.9.9 5.5.5.5");

        Assert.Equal(
            ["9.9.9.9/32", "2a01:4f8::1/128", "8.8.8.8/32", "1.1.1.0/24", "5.5.5.5/32"],
            result.Sources.Select(source => source.Cidr));
    }

    [Fact]
    public void Adjacent_ranges_are_not_merged()
    {
        var result = TrustedSourceList.Parse("1.2.3.0/25 1.2.3.128/25");

        Assert.Equal(["1.2.3.0/25", "1.2.3.128/25"], result.Sources.Select(source => source.Cidr));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Rejected_entries_do_not_absorb_accepted_ones()
    {
        var result = TrustedSourceList.Parse("0.0.0.0/0 1.2.3.4");

        Assert.Equal("1.2.3.4/32", Assert.Single(result.Sources).Cidr);
        Assert.Single(result.Errors);
        Assert.Empty(result.Notes);
    }
}
