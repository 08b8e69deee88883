using System.ComponentModel.DataAnnotations;

namespace RegistryBot.Teams.Hosting;

public sealed class ConnectorRetryOptions
{
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff when the connector gives no Retry-After; doubles with jitter after.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited for inline: the caller gets Throttled.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
