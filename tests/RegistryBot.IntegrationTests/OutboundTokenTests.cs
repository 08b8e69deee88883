using System.Net;
using RegistryBot.IntegrationTests.Infrastructure;
using RegistryBot.Teams.Connector;
using RegistryBot.Teams.Schema;

namespace RegistryBot.IntegrationTests;

/// <summary>The bot's own token: obtained with MSAL's client-credentials flow, cached, and sent only where it belongs.</summary>
public sealed class OutboundTokenTests
{
    [Fact]
    public async Task Replies_carry_the_token_from_the_token_service()
    {
        await using var bot = await AuthenticatedBot.StartAsync();
        var conversation = TestConversation.Personal();

        using var response = await bot.SendAsync(bot.Activities.Message("help", conversation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await bot.Connector.WaitForRequestsAsync(conversation.Id, 1, TestTimeouts.Reply));
        Assert.Equal($"Bearer {FakeTokenService.AccessToken}", reply.Authorization);
        var tokenRequest = Assert.Single(bot.TokenService.TokenRequests);
        Assert.Equal(bot.TenantId, tokenRequest.Tenant);
        Assert.Equal("client_credentials", tokenRequest.Form["grant_type"]);
        Assert.Equal(bot.AppId, tokenRequest.Form["client_id"]);
        Assert.Equal(AuthenticatedBot.AppPassword, tokenRequest.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest.Form["scope"]);
        Assert.True(bot.MsalHttpClientFactory.ClientsHandedOut > 0, "MSAL did not use the overriding IMsalHttpClientFactory.");
    }

    [Fact]
    public async Task Ten_messages_cost_one_token_request()
    {
        await using var bot = await AuthenticatedBot.StartAsync();
        var conversation = TestConversation.Personal();

        for (var i = 0; i < 10; i++)
        {
            using var response = await bot.SendAsync(bot.Activities.Message("help", conversation));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var replies = await bot.Connector.WaitForRequestsAsync(conversation.Id, 10, TestTimeouts.Reply);
        Assert.All(replies, reply => Assert.Equal($"Bearer {FakeTokenService.AccessToken}", reply.Authorization));
        Assert.Single(bot.TokenService.TokenRequests);
    }

    [Fact]
    public async Task The_token_is_not_sent_to_a_serviceUrl_no_authenticated_activity_came_from()
    {
        await using var bot = await AuthenticatedBot.StartAsync();
        await using var stranger = await FakeConnector.StartAsync();
        var conversation = TestConversation.Personal();
        using (var response = await bot.SendAsync(bot.Activities.Message("help", conversation)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var refused = await bot.ConnectorClient.SendToConversationAsync(
            stranger.ServiceUrl, conversation.Id, OutboundActivity.FromText("hello"), CancellationToken.None);
        var trusted = await bot.ConnectorClient.SendToConversationAsync(
            bot.Connector.ServiceUrl, conversation.Id, OutboundActivity.FromText("hello"), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, refused.Outcome);
        Assert.Empty(stranger.Requests);
        Assert.Equal(ConnectorOutcome.Sent, trusted.Outcome);
    }
}
