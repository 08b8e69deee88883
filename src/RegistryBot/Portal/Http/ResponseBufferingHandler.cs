namespace RegistryBot.Portal.Http;

/// <summary>
/// Reads each answer's body inside the attempt, so that the per-attempt timeout covers a body that
/// stalls as well as headers that do, and a stalled attempt is retried like any other.
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    /// <summary>Far above any answer the API defines (500 statuses are a few dozen KB).</summary>
    private const long MaxBodyBytes = 4 * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(MaxBodyBytes, cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
