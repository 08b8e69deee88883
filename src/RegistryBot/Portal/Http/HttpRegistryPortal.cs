using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RegistryBot.Ordering.Orders;
using RegistryBot.Portal.Http.Contracts;

namespace RegistryBot.Portal.Http;

/// <summary>
/// The provider's portal over its REST API (docs/portal-api.yaml). Authentication, retries, the
/// circuit breaker and per-attempt timeouts live in the client's handlers; what still fails here
/// becomes a <see cref="PortalUnavailableException"/>, except an order the portal refuses.
/// </summary>
public sealed partial class HttpRegistryPortal(HttpClient http, ILogger<HttpRegistryPortal> logger) : IRegistryPortal
{
    /// <summary>The most ids one status query may carry.</summary>
    public const int MaxIdsPerQuery = 500;

    internal const string IdempotencyKeyHeader = "Idempotency-Key";

    public async Task<IReadOnlyList<BillingProfile>> ListBillingProfilesAsync(string tenantId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "billing-profiles?tenantId=" + Uri.EscapeDataString(tenantId));
        using var response = await SendAsync(request, "list billing profiles", cancellationToken);
        var list = await ReadAsync(response, PortalJsonContext.Default.BillingProfileListDto, "list billing profiles", cancellationToken);
        return [.. list.Items.Select(PortalContracts.ToBillingProfile)];
    }

    public async Task<PortalSubmission> SubmitOrderAsync(Order order, CancellationToken cancellationToken)
    {
        using var request = Post("orders", PortalContracts.ToSubmission(order), PortalJsonContext.Default.OrderSubmissionDto);
        using var response = await SendAsync(request, "submit an order", cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return PortalSubmission.Ok;
        }

        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            // The portal holds an order with this id already: the bot's ids are its own and an order never
            // changes after it is placed, so it is this order, offered before. Refusing it would fail an
            // order the portal is provisioning.
            LogAlreadySubmitted(order.Id, await PortalProblem.DescribeAsync(response, cancellationToken));
            return PortalSubmission.Ok;
        }

        if (IsRefusal(response.StatusCode))
        {
            var reason = await PortalProblem.DescribeAsync(response, cancellationToken);
            LogOrderRefused(order.Id, (int)response.StatusCode, reason);
            return new PortalSubmission(false, reason);
        }

        var unavailable = await UnavailableAsync(response, "submit an order", cancellationToken);
        throw response.StatusCode == HttpStatusCode.Forbidden
            ? new PortalUnavailableException(unavailable.Message) { ForOneTenant = true }
            : unavailable;
    }

    public async Task<IReadOnlyList<PortalOrderStatus>> GetStatusesAsync(IReadOnlyCollection<string> orderIds, CancellationToken cancellationToken)
    {
        var statuses = new List<PortalOrderStatus>(orderIds.Count);
        foreach (var batch in orderIds.Distinct(StringComparer.Ordinal).Chunk(MaxIdsPerQuery))
        {
            using var request = Post("orders/statuses:query", new StatusQueryDto(batch), PortalJsonContext.Default.StatusQueryDto);
            using var response = await SendAsync(request, "query order statuses", cancellationToken);
            var list = await ReadAsync(response, PortalJsonContext.Default.OrderStatusListDto, "query order statuses", cancellationToken);
            foreach (var status in list.Items)
            {
                if (OrderStatus.IsKnown(status.Status))
                {
                    statuses.Add(PortalContracts.ToStatus(status));
                }
                else
                {
                    LogUnknownStatus(status.OrderId, status.Status);
                }
            }
        }

        return statuses;
    }

    public async Task<PortalTicket> CreateTicketAsync(TicketRequest request, CancellationToken cancellationToken)
    {
        using var message = Post("tickets", PortalContracts.ToTicketRequest(request), PortalJsonContext.Default.TicketRequestDto);
        message.Headers.Add(IdempotencyKeyHeader, request.RequestId);
        using var response = await SendAsync(message, "open a ticket", cancellationToken);
        var ticket = await ReadAsync(response, PortalJsonContext.Default.TicketDto, "open a ticket", cancellationToken);
        return PortalContracts.ToTicket(ticket);
    }

    /// <summary>
    /// The portal's answer to a bad order. 401, 408 and 429 say nothing about the order itself, and
    /// neither does 404: <c>POST /orders</c> has none in the contract, so one means a wrong base URL.
    /// Nor does 403: the bot's credentials lack the scope or the tenant, which the provider fixes on
    /// their side, and the orders placed meanwhile must wait for it, not fail.
    /// 409 is answered before this is asked: the order is there already.
    /// </summary>
    private static bool IsRefusal(HttpStatusCode status) =>
        (int)status is >= 400 and < 500
        && status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);

    private static HttpRequestMessage Post<TBody>(string path, TBody body, JsonTypeInfo<TBody> typeInfo)
    {
        // Buffered with a Content-Length, so that every retry resends the same bytes.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, typeInfo));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (TransportFailure.Is(exception, cancellationToken))
        {
            LogUnreachable(operation, exception.GetType().Name, exception.Message);
            throw new PortalUnavailableException($"The portal could not be reached to {operation}: {exception.Message}", exception);
        }
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, string operation, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await UnavailableAsync(response, operation, cancellationToken);
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(typeInfo, cancellationToken)
                ?? throw new JsonException("The body is null.");
        }
        catch (JsonException exception)
        {
            LogMalformedAnswer(operation, exception.Message);
            throw new PortalUnavailableException($"The portal's answer to {operation} does not follow the API: {exception.Message}", exception);
        }
    }

    private async Task<PortalUnavailableException> UnavailableAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var reason = await PortalProblem.DescribeAsync(response, cancellationToken);
        LogFailedAnswer(operation, status, reason);
        return new PortalUnavailableException($"The portal answered {status} to {operation}: {reason}");
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "The portal refused order {OrderId} with {Status}: {Reason}")]
    private partial void LogOrderRefused(string orderId, int status, string reason);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Warning, Message = "The portal holds order {OrderId} already and answered 409; it is taken as submitted: {Reason}")]
    private partial void LogAlreadySubmitted(string orderId, string reason);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "The portal reported the unknown status '{Status}' for order {OrderId}; it is ignored")]
    private partial void LogUnknownStatus(string orderId, string status);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Could not reach the portal to {Operation}: {ExceptionType} {Reason}")]
    private partial void LogUnreachable(string operation, string exceptionType, string reason);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "The portal answered {Status} to {Operation}: {Reason}")]
    private partial void LogFailedAnswer(string operation, int status, string reason);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Error, Message = "The portal's answer to {Operation} does not follow the API: {Reason}")]
    private partial void LogMalformedAnswer(string operation, string reason);
}
