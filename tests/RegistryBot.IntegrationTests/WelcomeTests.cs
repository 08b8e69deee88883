using System.Net;
using RegistryBot.IntegrationTests.Infrastructure;

namespace RegistryBot.IntegrationTests;

public sealed class WelcomeTests
{
    [Fact]
    public async Task Adding_the_bot_to_a_conversation_posts_a_welcome_card()
    {
        await using var bot = await AnonymousBot.StartAsync();
        var conversation = TestConversation.Personal();

        using var response = await bot.SendAsync(bot.Activities.BotAdded(conversation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await bot.Connector.WaitForRequestsAsync(conversation.Id, 1, TestTimeouts.Reply));
        Assert.Contains(CardText.Lines(reply.SingleAdaptiveCard()), line => line.Contains("Welcome", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("add", 1)]
    [InlineData("add-upgrade", 1)]
    [InlineData("remove", 0)]
    public async Task An_installation_update_welcomes_only_when_the_app_is_added(string action, int expectedWelcomes)
    {
        await using var bot = await AnonymousBot.StartAsync();
        var conversation = TestConversation.Personal();

        using (var response = await bot.SendAsync(bot.Activities.InstallationUpdate(action, conversation)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await bot.ProbeAsync();
        var replies = bot.Connector.RequestsFor(conversation.Id);
        Assert.Equal(expectedWelcomes, replies.Count);
        Assert.All(replies, reply => Assert.Contains(CardText.Lines(reply.SingleAdaptiveCard()), line => line.Contains("Welcome", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_same_conversation_update_twice_welcomes_once()
    {
        await using var bot = await AnonymousBot.StartAsync();
        var conversation = TestConversation.Personal();
        var botAdded = bot.Activities.BotAdded(conversation);

        using (var first = await bot.SendAsync(botAdded))
        using (var second = await bot.SendAsync(botAdded))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        using (var help = await bot.SendAsync(bot.Activities.Message("help", conversation)))
        {
            Assert.Equal(HttpStatusCode.OK, help.StatusCode);
        }

        var replies = await bot.Connector.WaitForRequestsAsync(conversation.Id, 2, TestTimeouts.Reply);
        Assert.Equal(2, replies.Count);
        Assert.Single(replies, reply => CardText.Lines(reply.SingleAdaptiveCard()).Any(line => line.Contains("Welcome", StringComparison.Ordinal)));
    }

    /// <summary>Teams sends conversationUpdate and installationUpdate together when the app is installed.</summary>
    [Fact]
    public async Task An_install_announced_twice_at_once_welcomes_once()
    {
        await using var bot = await AnonymousBot.StartAsync();
        var conversations = Enumerable.Range(0, 100).Select(_ => TestConversation.Personal()).ToList();

        var responses = await Task.WhenAll(conversations.SelectMany(conversation => new[]
        {
            bot.SendAsync(bot.Activities.BotAdded(conversation)),
            bot.SendAsync(bot.Activities.InstallationUpdate("add", conversation)),
        }));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Array.ForEach(responses, response => response.Dispose());
        await bot.ProbeAsync();
        Assert.All(conversations, conversation => Assert.Single(bot.Connector.RequestsFor(conversation.Id)));
    }

    [Fact]
    public async Task Another_member_joining_is_not_welcomed()
    {
        await using var bot = await AnonymousBot.StartAsync();
        var conversation = TestConversation.GroupChat();
        var memberAdded = bot.Activities.BotAdded(conversation);
        memberAdded["membersAdded"]![0]!["id"] = "29:someone-else";

        using (var response = await bot.SendAsync(memberAdded))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await bot.ProbeAsync();
        Assert.Empty(bot.Connector.RequestsFor(conversation.Id));
    }
}
