using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RegistryBot.Tests.Portal;

/// <summary>
/// The provider's portal API (docs/portal-api.yaml) on 127.0.0.1 with a port of its own: it checks
/// credentials, keeps orders, statuses and tickets in memory, records every request, and can be
/// told to answer a route differently for the next few requests.
/// </summary>
public sealed class FakePortal : IAsyncDisposable
{
    public const string ApiKey = "test-api-key";
    public const string ClientId = "registry-bot";
    public const string ClientSecret = "test-client-secret";
    public const string Scope = "registry-orders";

    public const string BillingProfilesRoute = "GET /api/v1/billing-profiles";
    public const string OrdersRoute = "POST /api/v1/orders";
    public const string StatusesRoute = "POST /api/v1/orders/statuses:query";
    public const string TicketsRoute = "POST /api/v1/tickets";
    public const string TokenRoute = "POST /oauth2/token";

    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeAnswer>> _scripts = new();
    private readonly ConcurrentDictionary<string, JsonArray> _profiles = new();
    private readonly ConcurrentDictionary<string, byte> _orders = new();
    private readonly ConcurrentDictionary<string, JsonObject> _statuses = new();
    private readonly ConcurrentDictionary<string, string> _tickets = new();
    private readonly ConcurrentDictionary<string, byte> _validTokens = new();
    private readonly WebApplication _app;
    private int _tokensIssued;
    private bool _stopped;

    private FakePortal(WebApplication app) => _app = app;

    public string Origin { get; private set; } = string.Empty;

    /// <summary>Without a trailing slash, as an operator may well write it.</summary>
    public string BaseUrl => Origin + "/api/v1";

    public string TokenUrl => Origin + "/oauth2/token";

    public int TokensIssued => _tokensIssued;

    public int TokenLifetimeSeconds { get; set; } = 3600;

    public static async Task<FakePortal> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));

        var fake = new FakePortal(builder.Build());
        fake._app.Run(fake.HandleAsync);
        await fake._app.StartAsync();
        var address = fake._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        fake.Origin = address.TrimEnd('/');
        return fake;
    }

    public IReadOnlyList<RecordedRequest> Requests(string route) =>
        [.. _requests.Where(request => $"{request.Method} {request.Path}" == route)];

    /// <summary>The next requests to <paramref name="route"/> get these answers, in order; then the portal behaves again.</summary>
    public void Script(string route, params FakeAnswer[] answers)
    {
        var queue = _scripts.GetOrAdd(route, _ => new ConcurrentQueue<FakeAnswer>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    public void AddBillingProfile(string tenantId, string id, string name) =>
        _profiles.GetOrAdd(tenantId, _ => []).Add(new JsonObject { ["id"] = id, ["name"] = name });

    public void SetStatus(string orderId, string status, DateTimeOffset changedAt, string? reason = null)
    {
        var item = new JsonObject { ["orderId"] = orderId, ["status"] = status, ["changedAt"] = changedAt.ToString("O") };
        if (reason is not null)
        {
            item["reason"] = reason;
        }

        _statuses[orderId] = item;
    }

    /// <summary>Every token issued so far stops working, as after a key rotation on the provider's side.</summary>
    public void RevokeTokens() => _validTokens.Clear();

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await RecordAsync(context);
        var route = $"{request.Method} {request.Path}";
        if (_scripts.TryGetValue(route, out var script) && script.TryDequeue(out var scripted))
        {
            await scripted.WriteAsync(context);
            return;
        }

        if (route == TokenRoute)
        {
            await IssueToken(context.Request.Form).WriteAsync(context);
            return;
        }

        if (!IsAuthorized(request))
        {
            await FakeAnswer.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "Missing or invalid credentials.").WriteAsync(context);
            return;
        }

        var answer = route switch
        {
            BillingProfilesRoute => ListProfiles(context.Request.Query["tenantId"].ToString()),
            OrdersRoute => AcceptOrder(request.Json()),
            StatusesRoute => ReportStatuses(request.Json()),
            TicketsRoute => OpenTicket(request),
            _ => FakeAnswer.Problem(StatusCodes.Status404NotFound, "Not Found", $"No route {route}."),
        };
        await answer.WriteAsync(context);
    }

    private async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        context.Request.EnableBuffering();
        using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        context.Request.Body.Position = 0;
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? string.Empty, context.Request.QueryString.Value ?? string.Empty, headers, body);
        _requests.Enqueue(request);
        return request;
    }

    private bool IsAuthorized(RecordedRequest request) =>
        request.Header("X-Api-Key") == ApiKey
        || (request.Header("Authorization") is { } authorization
            && authorization.StartsWith("Bearer ", StringComparison.Ordinal)
            && _validTokens.ContainsKey(authorization["Bearer ".Length..]));

    private FakeAnswer IssueToken(IFormCollection form)
    {
        if (form["grant_type"] != "client_credentials" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret || form["scope"] != Scope)
        {
            return new FakeAnswer(StatusCodes.Status401Unauthorized, new JsonObject { ["error"] = "invalid_client" });
        }

        var token = $"token-{Interlocked.Increment(ref _tokensIssued)}";
        _validTokens[token] = 0;
        return FakeAnswer.Ok(new JsonObject { ["access_token"] = token, ["token_type"] = "Bearer", ["expires_in"] = TokenLifetimeSeconds });
    }

    private FakeAnswer ListProfiles(string tenantId) =>
        FakeAnswer.Ok(new JsonObject { ["items"] = _profiles.TryGetValue(tenantId, out var profiles) ? profiles.DeepClone() : new JsonArray() });

    private FakeAnswer AcceptOrder(JsonObject order) =>
        _orders.TryAdd(order["orderId"]!.GetValue<string>(), 0)
            ? new FakeAnswer(StatusCodes.Status201Created, new JsonObject { ["orderId"] = order["orderId"]!.DeepClone(), ["status"] = "new" })
            : FakeAnswer.Ok(new JsonObject { ["orderId"] = order["orderId"]!.DeepClone(), ["status"] = "new" });

    private FakeAnswer ReportStatuses(JsonObject query)
    {
        var items = new JsonArray();
        foreach (var id in query["orderIds"]!.AsArray().Select(id => id!.GetValue<string>()))
        {
            if (_statuses.TryGetValue(id, out var status))
            {
                items.Add(status.DeepClone());
            }
        }

        return FakeAnswer.Ok(new JsonObject { ["items"] = items });
    }

    private FakeAnswer OpenTicket(RecordedRequest request)
    {
        var key = request.Header("Idempotency-Key") ?? request.Json()["requestId"]!.GetValue<string>();
        var reference = _tickets.GetOrAdd(key, _ => $"TCK-{_tickets.Count + 1:D6}");
        return new FakeAnswer(StatusCodes.Status201Created, new JsonObject { ["reference"] = reference, ["url"] = $"{Origin}/support/tickets/{reference}" });
    }
}
