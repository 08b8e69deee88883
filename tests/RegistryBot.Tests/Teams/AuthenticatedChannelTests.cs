using RegistryBot.Teams.Authentication;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Tests.Teams;

public sealed class AuthenticatedChannelTests
{
    private static readonly AuthenticatedChannel Channel = new("https://smba.trafficmanager.net/amer/", new HashSet<string> { "msteams" });

    [Fact]
    public void An_endorsed_channel_with_the_claimed_service_url_is_admitted()
    {
        Assert.Null(Channel.Admits(Activity("msteams", "https://smba.trafficmanager.net/amer/")));
    }

    [Theory]
    [InlineData("", "https://smba.trafficmanager.net/amer/", "no channelId")]
    [InlineData(null, "https://smba.trafficmanager.net/amer/", "no channelId")]
    [InlineData("webchat", "https://smba.trafficmanager.net/amer/", "does not endorse")]
    [InlineData("msteams", "https://evil.example/", "serviceUrl")]
    [InlineData("msteams", "https://smba.trafficmanager.net/emea/", "serviceUrl")]
    public void Anything_else_is_refused_with_a_reason(string? channelId, string serviceUrl, string reason)
    {
        Assert.Contains(reason, Channel.Admits(Activity(channelId, serviceUrl)));
    }

    private static Activity Activity(string? channelId, string serviceUrl) => new() { ChannelId = channelId, ServiceUrl = serviceUrl };
}
