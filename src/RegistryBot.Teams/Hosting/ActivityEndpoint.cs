using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RegistryBot.Teams.Authentication;
using RegistryBot.Teams.Connector;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Teams.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: authenticate, read and check the activity, hand it to the app, answer.
/// Every refusal happens before the app sees the activity, so a refused request changes nothing.
/// </summary>
public sealed partial class ActivityEndpoint(
    IOptions<TeamsOptions> options,
    IInboundAuthenticator authenticator,
    TrustedServiceUrls trustedServiceUrls,
    IActivityHandler handler,
    IConnectorClient connector,
    ActivityRateLimiter rateLimiter,
    IInboundRequestObserver observer,
    ILogger<ActivityEndpoint> logger)
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private readonly TeamsOptions _options = options.Value;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;

        AuthenticatedChannel? channel = null;
        if (_options.AuthenticationEnabled)
        {
            var authentication = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), cancellationToken);
            if (!authentication.Succeeded)
            {
                return Unauthorized(http, authentication.FailureReason!, activity: null);
            }

            channel = authentication.Channel;
        }

        var body = await RequestBody.ReadAsync(http.Request, _options.MaxRequestBodyBytes, cancellationToken);
        if (body.TooLarge)
        {
            LogRejected(StatusCodes.Status413PayloadTooLarge, "body over the size limit");
            return Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Activity too large",
                detail: $"The request body exceeds {_options.MaxRequestBodyBytes} bytes.");
        }

        var activity = ParseActivity(body.Bytes, out var parseError);
        if (activity is null)
        {
            LogRejected(StatusCodes.Status400BadRequest, parseError!);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed activity", detail: parseError);
        }

        if (channel is not null)
        {
            var refusal = channel.Admits(activity);
            if (refusal is not null)
            {
                return Unauthorized(http, refusal, activity);
            }

            trustedServiceUrls.Trust(activity.ServiceUrl!);
        }

        if (_options.AllowedTenants.Count > 0 && !_options.AllowedTenants.Contains(activity.TenantId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            Refuse(http, InboundRefusalKind.TenantNotAllowed, "the tenant is not on Bot:AllowedTenants", activity);
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Tenant not allowed", detail: "This bot does not serve your organisation.");
        }

        if (rateLimiter.Refuse(activity) is { } retryAfter)
        {
            LogRejected(StatusCodes.Status429TooManyRequests, "rate limit");
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests", detail: "Slow down a little and try again.");
        }

        using var scope = logger.BeginScope(new ActivityLogScope(activity));

        var invokeResponse = await handler.HandleAsync(new TurnContext(activity, channel is not null, connector), cancellationToken);
        return invokeResponse is null
            ? Results.Ok()
            : Results.Bytes(invokeResponse.ToUtf8Json(), JsonContentType);
    }

    private static Activity? ParseActivity(ReadOnlyMemory<byte> body, out string? error)
    {
        // Strings inside "value" stay raw until a handler reads them; invalid UTF-8 must not get that far.
        if (!System.Text.Unicode.Utf8.IsValid(body.Span))
        {
            error = "The body is not valid UTF-8.";
            return null;
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body.Span, TeamsJsonContext.Default.Activity);
        }
        catch (JsonException exception)
        {
            error = $"The body is not a valid activity: {exception.Message}";
            return null;
        }

        error = activity is null ? "The body is empty or null." : ActivityShape.Problem(activity);
        if (error is not null)
        {
            return null;
        }

        ActivityShape.RemoveNullEntries(activity!);
        return activity;
    }

    private IResult Unauthorized(HttpContext http, string reason, Activity? activity)
    {
        LogUnauthorized(reason);
        Refuse(http, InboundRefusalKind.Unauthenticated, reason, activity);
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "The request could not be authenticated.");
    }

    private void Refuse(HttpContext http, InboundRefusalKind kind, string reason, Activity? activity) =>
        observer.Refused(new InboundRefusal(
            kind,
            reason,
            http.Connection.RemoteIpAddress?.ToString(),
            activity?.TenantId,
            activity?.From?.AadObjectId ?? activity?.From?.Id,
            activity?.Conversation?.Id));

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Rejected an inbound request as unauthenticated: {Reason}")]
    private partial void LogUnauthorized(string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Rejected an inbound request with {StatusCode}: {Reason}")]
    private partial void LogRejected(int statusCode, string reason);
}
