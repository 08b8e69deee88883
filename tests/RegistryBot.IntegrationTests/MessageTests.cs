using System.Net;
using System.Text.Json.Nodes;
using RegistryBot.IntegrationTests.Infrastructure;

namespace RegistryBot.IntegrationTests;

public sealed class MessageTests
{
    private static readonly string[] CommandNames = ["order", "status", "ticket", "cancel", "help"];

    [Fact]
    public async Task Help_is_answered_with_a_card_listing_every_command()
    {
        await using var bot = await AnonymousBot.StartAsync();
        var conversation = TestConversation.Personal();

        using var response = await bot.SendAsync(bot.Activities.Message("help", conversation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await bot.Connector.WaitForRequestsAsync(conversation.Id, 1, TestTimeouts.Reply));
        Assert.Equal("POST", reply.Method);
        Assert.Null(reply.Authorization);
        var card = reply.SingleAdaptiveCard();
        Assert.All(CommandNames, name => Assert.True(CardText.HasLineStartingWith(card, name), $"The help card does not list '{name}'."));
    }

    [Fact]
    public async Task Text_that_is_no_command_is_answered_with_the_help_card()
    {
        await using var bot = await AnonymousBot.StartAsync();
        var helpCard = await ReplyCardAsync(bot, bot.Activities.Message("help", TestConversation.Personal()));

        var card = await ReplyCardAsync(bot, bot.Activities.Message("what can you do for me?", TestConversation.Personal()));

        Assert.Equal(CardText.Lines(helpCard), CardText.Lines(card));
    }

    [Fact]
    public async Task Order_is_answered()
    {
        await using var bot = await AnonymousBot.StartAsync();
        var conversation = TestConversation.Personal();

        using var response = await bot.SendAsync(bot.Activities.Message("order", conversation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await bot.Connector.WaitForRequestsAsync(conversation.Id, 1, TestTimeouts.Reply));
        Assert.True(
            reply.AdaptiveCards().Count > 0 || !string.IsNullOrWhiteSpace((string?)reply.Body?["text"]),
            "The reply to 'order' carries neither a card nor text.");
    }

    [Fact]
    public async Task Help_after_an_at_mention_in_a_group_chat_is_answered_with_the_help_card()
    {
        await using var bot = await AnonymousBot.StartAsync();
        var helpCard = await ReplyCardAsync(bot, bot.Activities.Message("help", TestConversation.Personal()));

        var card = await ReplyCardAsync(bot, bot.Activities.MentioningMessage("help", TestConversation.GroupChat()));

        Assert.Equal(CardText.Lines(helpCard), CardText.Lines(card));
    }

    [Fact]
    public async Task A_command_after_an_at_mention_gets_the_same_answer_as_without_it()
    {
        await using var bot = await AnonymousBot.StartAsync();
        var helpCard = await ReplyCardAsync(bot, bot.Activities.Message("help", TestConversation.Personal()));
        var orderCard = await ReplyCardAsync(bot, bot.Activities.Message("order", TestConversation.Personal()));

        var mentionedOrderCard = await ReplyCardAsync(bot, bot.Activities.MentioningMessage("order", TestConversation.GroupChat()));

        Assert.NotEqual(CardText.Lines(helpCard), CardText.Lines(orderCard));
        Assert.Equal(CardText.Lines(orderCard), CardText.Lines(mentionedOrderCard));
    }

    [Fact]
    public async Task Fields_the_bot_does_not_know_are_tolerated()
    {
        await using var bot = await AnonymousBot.StartAsync();
        var conversation = TestConversation.Personal();
        var activity = bot.Activities.Message("help", conversation);
        activity["futureField"] = new JsonObject { ["nested"] = new JsonArray(1, "two", true) };
        activity["from"]!["userRole"] = "user";
        activity["channelData"]!["source"] = new JsonObject { ["name"] = "compose" };
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["platform"] = "Web" });

        using var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await bot.Connector.WaitForRequestsAsync(conversation.Id, 1, TestTimeouts.Reply));
        Assert.All(CommandNames, name => Assert.True(CardText.HasLineStartingWith(reply.SingleAdaptiveCard(), name)));
    }

    private static async Task<JsonObject> ReplyCardAsync(AnonymousBot bot, JsonObject activity)
    {
        var conversationId = (string)activity["conversation"]!["id"]!;
        using var response = await bot.SendAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await bot.Connector.WaitForRequestsAsync(conversationId, 1, TestTimeouts.Reply));
        return reply.SingleAdaptiveCard();
    }
}
