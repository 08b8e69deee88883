using System.Net;
using RegistryBot.IntegrationTests.Infrastructure;

namespace RegistryBot.IntegrationTests;

/// <summary>Every activity tells the bot where and how to reach its conversation later (proactive messages).</summary>
public sealed class ConversationReferenceTests
{
    [Fact]
    public async Task A_message_records_how_to_reach_its_conversation()
    {
        await using var bot = await AuthenticatedBot.StartAsync();
        var conversation = TestConversation.Personal();

        using var response = await bot.SendAsync(bot.Activities.Message("help", conversation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reference = bot.References.Find(conversation.Id);
        Assert.NotNull(reference);
        Assert.Equal(bot.Connector.ServiceUrl, reference.ServiceUrl);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal(conversation.TenantId, reference.TenantId);
        Assert.Equal(conversation.UserId, reference.UserId);
        Assert.Equal(conversation.UserAadObjectId, reference.UserAadObjectId);
        Assert.Equal(bot.Activities.BotId, reference.BotId);
        Assert.True(reference.Authenticated);
    }

    [Fact]
    public async Task A_later_activity_from_another_serviceUrl_moves_the_conversation_there()
    {
        await using var bot = await AuthenticatedBot.StartAsync();
        await using var otherRegion = await FakeConnector.StartAsync();
        var conversation = TestConversation.Personal();
        using (var first = await bot.SendAsync(bot.Activities.Message("help", conversation)))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var moved = bot.Activities.Message("help", conversation);
        moved["serviceUrl"] = otherRegion.ServiceUrl;
        using (var second = await bot.SendAsync(moved))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        Assert.Equal(otherRegion.ServiceUrl, bot.References.Find(conversation.Id)?.ServiceUrl);
        Assert.Single(await otherRegion.WaitForRequestsAsync(conversation.Id, 1, TestTimeouts.Reply));
    }
}
