using RegistryBot.Teams.Hosting;

namespace RegistryBot.Tests.Teams;

public sealed class LoopbackBindingTests
{
    [Theory]
    [InlineData("http://127.0.0.1:3978", true)]
    [InlineData("http://127.0.0.2:3978", true)]
    [InlineData("http://[::1]:3978", true)]
    [InlineData("http://localhost:3978", true)]
    [InlineData("http://0.0.0.0:3978", false)]
    [InlineData("http://*:3978", false)]
    [InlineData("http://+:3978", false)]
    [InlineData("http://[::]:3978", false)]
    [InlineData("http://10.0.0.5:3978", false)]
    [InlineData("http://example.com:3978", false)]
    [InlineData("not a url", false)]
    public void Only_loopback_addresses_count_as_loopback(string url, bool expected)
    {
        Assert.Equal(expected, LoopbackBinding.IsLoopback(url));
    }

    [Fact]
    public void One_public_address_among_loopback_ones_is_not_loopback_only()
    {
        Assert.False(LoopbackBinding.IsLoopbackOnly(["http://127.0.0.1:1", "http://0.0.0.0:2"]));
    }
}
