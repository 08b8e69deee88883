using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using RegistryBot.Teams.Connector;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Tests.Teams;

/// <summary>Every way a connector call can fail comes back as a result, never as an exception.</summary>
public sealed class ConnectorClientTests
{
    private const string ServiceUrl = "https://smba.example/amer/";

    [Fact]
    public async Task A_token_that_cannot_be_acquired_is_a_failed_send_not_an_exception()
    {
        var trusted = new TrustedServiceUrls();
        trusted.Trust(ServiceUrl);
        var client = new ConnectorClient(
            new HttpClient(new AcceptingHandler()),
            new FailingTokens(),
            trusted,
            Options.Create(new TeamsOptions { MicrosoftAppId = "app-id", MicrosoftAppPassword = "secret" }),
            TimeProvider.System,
            NullLogger<ConnectorClient>.Instance);

        var result = await client.SendToConversationAsync(ServiceUrl, "a:conv", new OutboundActivity { Type = "message", Text = "hi" }, CancellationToken.None);

        Assert.Equal((ConnectorOutcome.Failed, "Token", true), (result.Outcome, result.ErrorCode, result.IsTransientFailure));
    }

    [Fact]
    public async Task The_http_clients_own_timeout_is_a_timed_out_send_not_an_exception()
    {
        var client = new ConnectorClient(
            new HttpClient(new SilentHandler()) { Timeout = TimeSpan.FromMilliseconds(100) },
            new AnonymousTokenProvider(),
            new TrustedServiceUrls(),
            Options.Create(new TeamsOptions()),
            TimeProvider.System,
            NullLogger<ConnectorClient>.Instance);

        var result = await client.SendToConversationAsync(ServiceUrl, "a:conv", new OutboundActivity { Type = "message", Text = "hi" }, CancellationToken.None);

        Assert.Equal((ConnectorOutcome.Failed, "Timeout", true), (result.Outcome, result.ErrorCode, result.IsTransientFailure));
    }

    [Theory]
    [InlineData(401, null, true)]
    [InlineData(408, null, true)]
    [InlineData(500, null, false)]
    [InlineData(501, null, false)]
    [InlineData(400, null, false)]
    [InlineData(413, null, false)]
    [InlineData(null, "Transport", true)]
    [InlineData(null, "Timeout", true)]
    [InlineData(null, "Token", true)]
    [InlineData(null, "Refused", false)]
    [InlineData(null, "Exception", false)]
    public void A_failure_is_transient_only_when_it_says_nothing_about_the_activity(int? status, string? errorCode, bool transient) =>
        Assert.Equal(transient, new ConnectorResult(ConnectorOutcome.Failed, StatusCode: status, ErrorCode: errorCode).IsTransientFailure);

    [Fact]
    public void Only_failures_are_transient_failures() =>
        Assert.False(new ConnectorResult(ConnectorOutcome.Throttled, StatusCode: 503).IsTransientFailure);

    private sealed class SilentHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.Created);
        }
    }

    private sealed class FailingTokens : IBotTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) =>
            throw new MsalServiceException("temporarily_unavailable", "AADSTS50196: the token endpoint is throttling");
    }

    private sealed class AcceptingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("{\"id\":\"1\"}") });
    }
}
