using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RegistryBot.Portal.Http.Contracts;

namespace RegistryBot.Portal.Http;

/// <summary>
/// Fetches the portal's bearer token with the OAuth 2.0 client-credentials grant (RFC 6749, section 4.4)
/// and shares it between calls until shortly before it expires. One fetch at a time: callers that
/// arrive during a fetch wait for its token instead of starting their own.
/// </summary>
internal sealed partial class ClientCredentialsTokenSource(
    IHttpClientFactory clients,
    IOptions<PortalOptions> options,
    TimeProvider time,
    ILogger<ClientCredentialsTokenSource> logger)
{
    public const string ClientName = "portal-token";

    private static readonly TimeSpan RenewalMargin = TimeSpan.FromMinutes(1);

    /// <summary>Assumed when the token endpoint leaves out <c>expires_in</c>, which RFC 6749 allows.</summary>
    private static readonly TimeSpan AssumedLifetime = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private PortalAccessToken? _current;

    public Task<string> GetAsync(CancellationToken cancellationToken) => GetAsync(rejected: null, cancellationToken);

    /// <summary>A token other than <paramref name="rejected"/>; another caller may already have fetched it.</summary>
    public Task<string> RenewAsync(string rejected, CancellationToken cancellationToken) => GetAsync(rejected, cancellationToken);

    private async Task<string> GetAsync(string? rejected, CancellationToken cancellationToken)
    {
        if (Usable(rejected) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Usable(rejected) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var token = await FetchAsync(cancellationToken);
            Volatile.Write(ref _current, token);
            return token.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string? Usable(string? rejected) =>
        Volatile.Read(ref _current) is { } token && token.Value != rejected && time.GetUtcNow() < token.RenewAt
            ? token.Value
            : null;

    private async Task<PortalAccessToken> FetchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Http;
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.TokenUrl) { Content = Form(settings) };
        using var response = await SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = await DescribeErrorAsync(response, cancellationToken);
            LogTokenRefused((int)response.StatusCode, error);
            throw new PortalUnavailableException($"The portal's token endpoint answered {(int)response.StatusCode}: {error}");
        }

        var body = await ReadTokenAsync(response, cancellationToken);
        var lifetime = body.ExpiresIn is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : AssumedLifetime;
        LogTokenFetched(lifetime);
        return new PortalAccessToken(body.AccessToken, time.GetUtcNow() + lifetime - MarginFor(lifetime));
    }

    private static FormUrlEncodedContent Form(HttpPortalOptions settings)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "client_credentials"),
            new("client_id", settings.ClientId ?? string.Empty),
            new("client_secret", settings.ClientSecret ?? string.Empty),
        };
        if (!string.IsNullOrWhiteSpace(settings.Scope))
        {
            fields.Add(new("scope", settings.Scope));
        }

        return new FormUrlEncodedContent(fields);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (TransportFailure.Is(exception, cancellationToken))
        {
            LogTokenEndpointUnreachable(exception.GetType().Name, exception.Message);
            throw new PortalUnavailableException($"The portal's token endpoint could not be reached: {exception.Message}", exception);
        }
    }

    private async Task<TokenResponseDto> ReadTokenAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync(PortalJsonContext.Default.TokenResponseDto, cancellationToken);
            return body is { AccessToken.Length: > 0 } ? body : throw new JsonException("access_token is missing.");
        }
        catch (JsonException exception)
        {
            LogTokenEndpointUnreachable(nameof(JsonException), exception.Message);
            throw new PortalUnavailableException($"The portal's token endpoint gave no usable token: {exception.Message}", exception);
        }
    }

    private static async Task<string> DescribeErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync(PortalJsonContext.Default.TokenErrorDto, cancellationToken);
            return error?.Error is { } code ? $"{code} {error.ErrorDescription}".TrimEnd() : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            return $"HTTP {(int)response.StatusCode}";
        }
    }

    // A minute early, or halfway through a token that lives less than two minutes.
    private static TimeSpan MarginFor(TimeSpan lifetime) => lifetime > 2 * RenewalMargin ? RenewalMargin : lifetime / 2;

    [LoggerMessage(EventId = 7101, Level = LogLevel.Debug, Message = "Fetched a portal token valid for {Lifetime}")]
    private partial void LogTokenFetched(TimeSpan lifetime);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Error, Message = "The portal's token endpoint refused the client credentials with {Status}: {Error}")]
    private partial void LogTokenRefused(int status, string error);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "No token from the portal's token endpoint: {ExceptionType} {Reason}")]
    private partial void LogTokenEndpointUnreachable(string exceptionType, string reason);
}
