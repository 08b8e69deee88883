using Polly.CircuitBreaker;
using Polly.Timeout;

namespace RegistryBot.Portal.Http;

/// <summary>What a call that got no usable answer throws once the resilience pipeline has given up.</summary>
internal static class TransportFailure
{
    public static bool Is(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException or TimeoutRejectedException or BrokenCircuitException => true,
        // Cancelled by something other than the caller: HttpClient's own timeout.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
