namespace RegistryBot.Teams.Connector;

/// <summary>Reads Retry-After in either of its forms (seconds, or an HTTP date).</summary>
public static class RetryAfterHeader
{
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header is null)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
