using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsalException = Microsoft.Identity.Client.MsalException;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Teams.Connector;

/// <summary>
/// A typed client for the Bot Connector REST API. It sends the bot's token only to serviceUrls that
/// authenticated activities brought, and turns every HTTP answer into a <see cref="ConnectorResult"/>.
/// Retries of 412/429/502/503/504 happen below it, in the resilience handler.
/// </summary>
public sealed partial class ConnectorClient(
    HttpClient http,
    IBotTokenProvider tokens,
    TrustedServiceUrls trustedServiceUrls,
    IOptions<TeamsOptions> options,
    TimeProvider time,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    private readonly bool _authenticationEnabled = options.Value.AuthenticationEnabled;

    public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, OutboundActivity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);

    public Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, OutboundActivity activity, CancellationToken cancellationToken)
    {
        activity.ReplyToId ??= activityId;
        return SendAsync(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);
    }

    public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, OutboundActivity activity, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);

    private async Task<ConnectorResult> SendAsync<TBody>(HttpMethod method, string serviceUrl, string path, TBody body, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(EnsureTrailingSlash(serviceUrl), UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("https" or "http"))
        {
            return ConnectorResult.Refused($"'{serviceUrl}' is not an http(s) serviceUrl");
        }

        // Buffered with a Content-Length: some connectors refuse chunked bodies, and a retry resends the same bytes.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, TeamsJsonContext.Default.GetTypeInfo(typeof(TBody))!));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(method, new Uri(baseUri, path)) { Content = content };

        if (_authenticationEnabled)
        {
            if (!trustedServiceUrls.IsTrusted(serviceUrl))
            {
                LogUntrustedServiceUrl(baseUri.Host);
                return ConnectorResult.Refused($"no authenticated activity came from '{serviceUrl}'");
            }

        }

        try
        {
            if (_authenticationEnabled)
            {
                var token = await tokens.GetTokenAsync(cancellationToken);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            return await ToResultAsync(response, cancellationToken);
        }
        catch (MsalException exception)
        {
            // Entra throttling or an outage: the activity is not at fault, and the next attempt may get a token.
            LogTokenFailure(exception.ErrorCode, exception.Message);
            return new ConnectorResult(ConnectorOutcome.Failed, ErrorCode: "Token", ErrorMessage: exception.Message);
        }
        catch (HttpRequestException exception)
        {
            LogTransportFailure(baseUri.Host, exception.Message);
            return new ConnectorResult(ConnectorOutcome.Failed, ErrorCode: "Transport", ErrorMessage: exception.Message);
        }
        catch (Exception exception) when (exception is TimeoutException or Polly.Timeout.TimeoutRejectedException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // An OperationCanceledException the caller did not ask for is the HttpClient's own timeout.
            LogTransportFailure(baseUri.Host, exception.Message);
            return new ConnectorResult(ConnectorOutcome.Failed, ErrorCode: "Timeout", ErrorMessage: exception.Message);
        }
    }

    private async Task<ConnectorResult> ToResultAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            var id = await ReadIdAsync(response, cancellationToken);
            return new ConnectorResult(ConnectorOutcome.Sent, id, status);
        }

        var error = await ReadErrorAsync(response, cancellationToken);
        var outcome = response.StatusCode switch
        {
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => ConnectorOutcome.ConversationGone,
            HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => ConnectorOutcome.Throttled,
            _ => ConnectorOutcome.Failed,
        };
        return new ConnectorResult(outcome, null, status, error?.Code, error?.Message, RetryAfterHeader.Read(response, time));
    }

    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var resource = await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.ResourceResponse, cancellationToken);
            return resource?.Id;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<ConnectorError?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.ConnectorErrorResponse, cancellationToken);
            return body?.Error;
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            return null;
        }
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static string EnsureTrailingSlash(string url) => url.EndsWith('/') ? url : url + "/";

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Refused to send the bot token to {Host}: no authenticated activity came from it")]
    private partial void LogUntrustedServiceUrl(string host);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "No token for the connector call: {ErrorCode} {Reason}")]
    private partial void LogTokenFailure(string errorCode, string reason);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Connector call to {Host} failed in transport: {Reason}")]
    private partial void LogTransportFailure(string host, string reason);
}
