namespace RegistryBot.Portal;

/// <summary>The provider's portal REST API (docs/portal-api.yaml), used when <c>Portal:Mode</c> is <c>Http</c>.</summary>
public sealed class HttpPortalOptions
{
    /// <summary>The API's base URL, e.g. https://portal.provider.example/api/v1/.</summary>
    public string? BaseUrl { get; set; }

    /// <summary><c>ApiKey</c> or <c>OAuth2</c> (client credentials).</summary>
    public PortalAuthMode Auth { get; set; } = PortalAuthMode.ApiKey;

    public string? ApiKey { get; set; }

    public string? TokenUrl { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? Scope { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff between attempts when the portal sends no Retry-After; it doubles, with jitter, on each retry.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest Retry-After waited for before a retry. A portal asking for a longer pause is not
    /// retried inline: the call fails as unavailable and its caller comes back later.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);
}
