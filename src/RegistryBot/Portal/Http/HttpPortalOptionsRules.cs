namespace RegistryBot.Portal.Http;

/// <summary>What <c>Portal:Http</c> must hold when <c>Portal:Mode</c> is <c>Http</c>; checked at start.</summary>
internal static class HttpPortalOptionsRules
{
    public const string BaseUrlMessage =
        "Portal:Http:BaseUrl must be an absolute https URL (http only for a loopback host), e.g. https://portal.provider.example/api/v1/.";

    public const string ApiKeyMessage = "Portal:Http:ApiKey is required when Portal:Http:Auth is ApiKey.";

    public const string OAuth2Message =
        "Portal:Http:TokenUrl (an absolute https URL, http only for a loopback host), Portal:Http:ClientId and Portal:Http:ClientSecret are required when Portal:Http:Auth is OAuth2.";

    public const string LimitsMessage =
        "Portal:Http:Timeout must be positive; Portal:Http:MaxRetries, RetryBaseDelay and MaxRetryAfter must not be negative.";

    public static bool HasBaseUrl(PortalOptions options) =>
        options.Mode != PortalMode.Http || IsSafeUrl(options.Http.BaseUrl);

    public static bool HasApiKey(PortalOptions options) =>
        options.Mode != PortalMode.Http
        || options.Http.Auth != PortalAuthMode.ApiKey
        || !string.IsNullOrWhiteSpace(options.Http.ApiKey);

    public static bool HasClientCredentials(PortalOptions options) =>
        options.Mode != PortalMode.Http
        || options.Http.Auth != PortalAuthMode.OAuth2
        || (IsSafeUrl(options.Http.TokenUrl)
            && !string.IsNullOrWhiteSpace(options.Http.ClientId)
            && !string.IsNullOrWhiteSpace(options.Http.ClientSecret));

    public static bool HasSaneLimits(PortalOptions options) =>
        options.Mode != PortalMode.Http
        || (options.Http.Timeout > TimeSpan.Zero
            && options.Http.MaxRetries >= 0
            && options.Http.RetryBaseDelay >= TimeSpan.Zero
            && options.Http.MaxRetryAfter >= TimeSpan.Zero);

    // Every request carries the API key or a bearer token, and the token request the client secret:
    // plain http is for a portal fake on this machine only.
    private static bool IsSafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
