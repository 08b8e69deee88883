using Microsoft.Extensions.Configuration;
using RegistryBot.Hosting;

namespace RegistryBot.Tests.Hosting;

public sealed class ListenAddressesTests
{
    [Fact]
    public void Urls_kestrel_endpoints_and_http_ports_all_count()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:1; http://[::1]:2",
            ["Kestrel:Endpoints:Public:Url"] = "http://0.0.0.0:3",
            ["http_ports"] = "8080",
        }).Build();

        Assert.Equal(
            ["http://127.0.0.1:1", "http://[::1]:2", "http://0.0.0.0:3", "http://*:8080"],
            ListenAddresses.Configured(configuration));
    }

    [Fact]
    public void Nothing_configured_means_nothing_listed_so_the_loopback_default_applies()
    {
        Assert.Empty(ListenAddresses.Configured(new ConfigurationBuilder().Build()));
    }
}
