using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Polly;
using RegistryBot.Teams.Connector;
using RegistryBot.Teams.Hosting;

namespace RegistryBot.Tests.Teams;

public sealed class ConnectorRetryPolicyTests
{
    private readonly ConnectorRetryOptions _options = new() { MaxRetryAfter = TimeSpan.FromSeconds(10) };
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-25T12:00:00Z"));

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Created, false)]
    public void Only_the_statuses_Teams_documents_as_transient_are_retried(HttpStatusCode status, bool retried)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(retried, ConnectorRetryPolicy.ShouldRetry(Outcome.FromResult(response), _options, _time));
    }

    [Fact]
    public void A_retry_after_beyond_the_inline_limit_goes_back_to_the_caller()
    {
        using var shortWait = Throttled(TimeSpan.FromSeconds(2));
        using var longWait = Throttled(TimeSpan.FromMinutes(2));

        Assert.True(ConnectorRetryPolicy.ShouldRetry(Outcome.FromResult(shortWait), _options, _time));
        Assert.False(ConnectorRetryPolicy.ShouldRetry(Outcome.FromResult(longWait), _options, _time));
    }

    [Fact]
    public void A_refused_connection_is_retried_but_other_transport_failures_are_not()
    {
        var refused = new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused));
        var reset = new HttpRequestException("reset", new SocketException((int)SocketError.ConnectionReset));

        Assert.True(ConnectorRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(refused), _options, _time));
        Assert.False(ConnectorRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(reset), _options, _time));
    }

    [Fact]
    public void Retry_after_is_read_as_seconds_or_as_a_date()
    {
        using var seconds = Throttled(TimeSpan.FromSeconds(3));
        using var date = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        date.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(_time.GetUtcNow().AddSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(3), RetryAfterHeader.Read(seconds, _time));
        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfterHeader.Read(date, _time));
        Assert.Null(RetryAfterHeader.Read(new HttpResponseMessage(HttpStatusCode.TooManyRequests), _time));
    }

    private static HttpResponseMessage Throttled(TimeSpan retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAfter);
        return response;
    }
}
