using Microsoft.Extensions.Http.Resilience;
using Polly;
using RegistryBot.Teams.Connector;

namespace RegistryBot.Portal.Http;

/// <summary>
/// Retries, circuit breaker and per-attempt timeout for calls to the portal. Unlike the Teams
/// connector, every transient failure is retried, POSTs included: each POST carries the key the
/// portal deduplicates on (orderId for orders, requestId and Idempotency-Key for tickets; a status
/// query and a token request change nothing), so a repeated request cannot create a second order
/// or ticket.
/// </summary>
internal static class PortalResiliencePolicy
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, HttpPortalOptions options, TimeProvider time)
    {
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options, time)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response ? RetryAfterHeader.Read(response, time) : null),
            });
        }

        // The bot makes few portal calls, so the breaker looks at a small sample: ten attempts in
        // thirty seconds, half of them failed, and the portal is left alone for a while.
        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 10,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = TimeSpan.FromSeconds(30),
        });
        pipeline.AddTimeout(options.Timeout);
    }

    /// <summary>Transport errors, timeouts, 408, 429 and 5xx; but not a Retry-After longer than the caller should wait inline.</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpPortalOptions options, TimeProvider time)
    {
        if (!HttpClientResiliencePredicates.IsTransient(outcome))
        {
            return false;
        }

        return outcome.Result is not { } response
            || RetryAfterHeader.Read(response, time) is not { } wait
            || wait <= options.MaxRetryAfter;
    }
}
