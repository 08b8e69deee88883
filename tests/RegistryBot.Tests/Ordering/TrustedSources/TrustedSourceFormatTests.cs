using System.Net;
using RegistryBot.Ordering.TrustedSources;

namespace RegistryBot.Tests.Ordering.TrustedSources;

public sealed class TrustedSourceFormatTests
{
    [Fact]
    public void Format_writes_one_cidr_per_line()
    {
        TrustedSource[] sources =
        [
            new(IPNetwork.Parse("123.123.123.123/32")),
            new(IPNetwork.Parse("2A01:4F8::/32")),
        ];

        Assert.Equal("123.123.123.123/32\n2a01:4f8::/32", TrustedSourceList.Format(sources));
    }

    [Fact]
    public void Format_of_nothing_is_empty()
    {
        Assert.Equal(string.Empty, TrustedSourceList.Format([]));
    }

    [Fact]
    public void Formatted_sources_parse_back_to_the_same_sources()
    {
        var first = TrustedSourceList.Parse("222.222.222.130/28, 1.2.3.4; 2a01:4f8::1 1.2.3.0/24 2a01:4f8::1");

        var second = TrustedSourceList.Parse(TrustedSourceList.Format(first.Sources));

        Assert.True(second.IsValid);
        Assert.Equal(first.Sources, second.Sources);
        Assert.Empty(second.Notes);
    }
}
