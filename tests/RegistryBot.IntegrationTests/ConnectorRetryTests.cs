using System.Diagnostics;
using RegistryBot.IntegrationTests.Infrastructure;
using RegistryBot.Teams.Connector;
using RegistryBot.Teams.Schema;

namespace RegistryBot.IntegrationTests;

/// <summary>
/// What the connector client makes of Teams' answers: 429 and 412/502/503/504 are retried
/// (429 after its Retry-After), everything else is final
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit).
/// </summary>
public sealed class ConnectorRetryTests
{
    private const string ShortBackoff = "--Bot:ConnectorRetry:BaseDelay=00:00:00.050";

    [Fact]
    public async Task Throttling_is_waited_out_as_Retry_After_asks()
    {
        await using var bot = await AnonymousBot.StartAsync(ShortBackoff);
        bot.Connector.Enqueue(ScriptedResponse.Throttled(retryAfterSeconds: 1), ScriptedResponse.Throttled(retryAfterSeconds: 1));
        var stopwatch = Stopwatch.StartNew();

        var result = await SendAsync(bot);

        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal([429, 429, 201], bot.Connector.Requests.Select(request => request.ResponseStatus));
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(1.9), $"Retried after {stopwatch.Elapsed}, sooner than Retry-After allows.");
    }

    [Fact]
    public async Task Unavailable_twice_then_accepted_is_sent()
    {
        await using var bot = await AnonymousBot.StartAsync(ShortBackoff);
        bot.Connector.Enqueue(ScriptedResponse.Status(503), ScriptedResponse.Status(503));

        var result = await SendAsync(bot);

        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal([503, 503, 201], bot.Connector.Requests.Select(request => request.ResponseStatus));
    }

    [Fact]
    public async Task A_server_error_is_not_retried()
    {
        await using var bot = await AnonymousBot.StartAsync(ShortBackoff);
        bot.Connector.Enqueue(ScriptedResponse.TeamsError(500, "InternalServerError", "Something went wrong."));

        var result = await SendAsync(bot);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Single(bot.Connector.Requests);
    }

    [Fact]
    public async Task A_conversation_not_found_is_gone_and_not_retried()
    {
        await using var bot = await AnonymousBot.StartAsync(ShortBackoff);
        bot.Connector.Enqueue(ScriptedResponse.TeamsError(404, "ConversationNotFound", "Conversation not found."));

        var result = await SendAsync(bot);

        Assert.Equal(ConnectorOutcome.ConversationGone, result.Outcome);
        Assert.Equal("ConversationNotFound", result.ErrorCode);
        Assert.Single(bot.Connector.Requests);
    }

    [Fact]
    public async Task A_bot_removed_from_the_conversation_is_gone_and_not_retried()
    {
        await using var bot = await AnonymousBot.StartAsync(ShortBackoff);
        bot.Connector.Enqueue(ScriptedResponse.TeamsError(403, "BotNotInConversationRoster", "The bot is not part of the conversation roster."));

        var result = await SendAsync(bot);

        Assert.Equal(ConnectorOutcome.ConversationGone, result.Outcome);
        Assert.Single(bot.Connector.Requests);
    }

    [Fact]
    public async Task A_help_reply_survives_throttling()
    {
        await using var bot = await AnonymousBot.StartAsync(ShortBackoff);
        bot.Connector.Enqueue(ScriptedResponse.Status(503));
        var conversation = TestConversation.Personal();

        using var response = await bot.SendAsync(bot.Activities.Message("help", conversation));

        var attempts = await bot.Connector.WaitForRequestsAsync(conversation.Id, 2, TestTimeouts.Reply);
        Assert.Equal([503, 201], attempts.Select(request => request.ResponseStatus));
        Assert.Equal(attempts[0].Body?.ToJsonString(), attempts[1].Body?.ToJsonString());
    }

    private static Task<ConnectorResult> SendAsync(AnonymousBot bot) =>
        bot.ConnectorClient.SendToConversationAsync(
            bot.Connector.ServiceUrl, TestConversation.Personal().Id, OutboundActivity.FromText("Your registry is ready."), CancellationToken.None);
}
