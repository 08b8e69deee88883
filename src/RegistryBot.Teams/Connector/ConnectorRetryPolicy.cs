using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using RegistryBot.Teams.Hosting;

namespace RegistryBot.Teams.Connector;

/// <summary>
/// The retry rules Teams documents for bot APIs: retry 412, 429 (honouring Retry-After), 502, 503
/// and 504; never 500, 403, 404 or 413. The default resilience handler retries every 5xx and
/// timeouts on POST, which would double messages, so it is narrowed here.
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit
/// </summary>
public static class ConnectorRetryPolicy
{
    private static readonly HashSet<HttpStatusCode> RetriedStatuses =
    [
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable,
        HttpStatusCode.GatewayTimeout,
    ];

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ConnectorRetryOptions options, TimeProvider time)
    {
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && ShouldRetry(args.Outcome, options, time)),
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Result is { } response ? RetryAfterHeader.Read(response, time) : null),
        });
        pipeline.AddTimeout(options.AttemptTimeout);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ConnectorRetryOptions options, TimeProvider time)
    {
        if (outcome.Exception is HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } })
        {
            // Nothing reached the connector, so a retry cannot double a message.
            return true;
        }

        if (outcome.Result is not { } response || !RetriedStatuses.Contains(response.StatusCode))
        {
            return false;
        }

        // A long Retry-After is not waited for inline; the caller gets Throttled and schedules it.
        var retryAfter = RetryAfterHeader.Read(response, time);
        return retryAfter is null || retryAfter <= options.MaxRetryAfter;
    }
}
