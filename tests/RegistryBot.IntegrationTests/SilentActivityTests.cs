using System.Net;
using RegistryBot.IntegrationTests.Infrastructure;

namespace RegistryBot.IntegrationTests;

/// <summary>Activity types the bot has nothing to say to are acknowledged and ignored (activity spec A2014).</summary>
public sealed class SilentActivityTests
{
    [Theory]
    [InlineData("typing")]
    [InlineData("messageReaction")]
    [InlineData("event")]
    [InlineData("messageUpdate")]
    [InlineData("aTypeInventedLater")]
    public async Task Is_acknowledged_without_a_reply(string type)
    {
        await using var bot = await AnonymousBot.StartAsync();
        var conversation = TestConversation.Personal();

        using var response = await bot.SendAsync(bot.Activities.OfType(type, conversation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.ProbeAsync();
        Assert.Empty(bot.Connector.RequestsFor(conversation.Id));
    }
}
