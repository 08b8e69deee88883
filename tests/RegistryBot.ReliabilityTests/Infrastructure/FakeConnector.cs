using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>
/// The Teams side of the Bot Connector API on 127.0.0.1: records every request the moment it arrives
/// and answers 201 <c>{"id":"m-n"}</c>, unless <see cref="Rule"/> says otherwise. It can stop
/// listening and come back on the same port, so the bot meets refused connections in between.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly List<ConnectorRequest> _requests = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _listening = new(1, 1);
    private LoopbackServer? _server;
    private int _lastId;

    private FakeConnector(int port) => Port = port;

    public int Port { get; }

    /// <summary>The serviceUrl activities carry to point the bot here; ends with a slash, as Teams' do.</summary>
    public string ServiceUrl => $"http://127.0.0.1:{Port}/";

    /// <summary>Decides the answer to each request; null (or a null answer) means 201.</summary>
    public Func<ConnectorCall, ConnectorAnswer?>? Rule { get; set; }

    public IReadOnlyList<ConnectorRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector(FreePort.Take());
        await connector.StartListeningAsync();
        return connector;
    }

    /// <summary>The answer to every proactive send is 503 and every other call is accepted (a kill phase).</summary>
    public static ConnectorAnswer? RefuseProactive(ConnectorCall call) =>
        call.Kind == CallKind.Proactive ? ConnectorAnswer.Status(503) : null;

    public IReadOnlyList<ConnectorRequest> Where(Func<ConnectorRequest, bool> filter) => Requests.Where(filter).ToList();

    /// <summary>Notifications the connector took, by (order, status).</summary>
    public Dictionary<(string OrderId, string Status), int> StoredNotifications() =>
        Requests.Where(request => request.Kind == CallKind.Proactive && request.Stored && request.Notification is not null)
            .GroupBy(request => request.Notification!.Value)
            .ToDictionary(group => group.Key, group => group.Count());

    /// <summary>Polls until <paramref name="condition"/> holds; throws with the request log after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<IReadOnlyList<ConnectorRequest>, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!condition(Requests))
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what}; the connector saw:\n{string.Join("\n", Requests.TakeLast(40))}");
            }

            await Task.Delay(20);
        }
    }

    public Task<ConnectorRequest> WaitForAsync(Func<ConnectorRequest, bool> filter, TimeSpan timeout, string what) =>
        WaitForAsync(filter, timeout, what, CancellationToken.None);

    public async Task<ConnectorRequest> WaitForAsync(Func<ConnectorRequest, bool> filter, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            if (Requests.FirstOrDefault(filter) is { } found)
            {
                return found;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what}; the connector saw:\n{string.Join("\n", Requests.TakeLast(40))}");
            }

            await Task.Delay(10, cancellationToken);
        }
    }

    /// <summary>Closes the port: from now on the bot's connections are refused.</summary>
    public async Task StopListeningAsync()
    {
        await _listening.WaitAsync();
        try
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
                _server = null;
            }
        }
        finally
        {
            _listening.Release();
        }
    }

    /// <summary>Listens again on the same port.</summary>
    public async Task StartListeningAsync()
    {
        await _listening.WaitAsync();
        try
        {
            _server ??= await LoopbackServer.StartAsync(app => app.Run(HandleAsync), Port);
        }
        finally
        {
            _listening.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopListeningAsync();
        _listening.Dispose();
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        var call = Classify(http.Request.Method, http.Request.Path.Value ?? string.Empty);
        var request = new ConnectorRequest(call, ParseJson(body), DateTimeOffset.UtcNow, http.Request.Headers.Authorization.FirstOrDefault());
        lock (_gate)
        {
            _requests.Add(request);
        }

        var answer = Rule?.Invoke(call) ?? ConnectorAnswer.Created();
        string? responseBody = answer.Body;
        if (answer.Accepts)
        {
            request.ResponseId = "m-" + Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
            responseBody ??= new JsonObject { ["id"] = request.ResponseId }.ToJsonString();
            if (answer.StoreBeforeDelay)
            {
                request.MarkStored();
            }
        }

        if (answer.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(answer.Delay, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        request.Answered(answer.StatusCode);
        if (answer.Accepts)
        {
            request.MarkStored();
        }

        http.Response.StatusCode = answer.StatusCode;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            http.Response.Headers[name] = value;
        }

        try
        {
            if (responseBody is not null)
            {
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync(responseBody, http.RequestAborted);
            }

            await http.Response.CompleteAsync();
            request.MarkCompleted();
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The bot hung up first.
        }
    }

    private static ConnectorCall Classify(string method, string path)
    {
        // Kestrel hands the path over unescaped: /v3/conversations/{id}/activities[/{activityId}]
        const string prefix = "/v3/conversations/";
        if (path.StartsWith(prefix, StringComparison.Ordinal))
        {
            var rest = path[prefix.Length..];
            var marker = rest.LastIndexOf("/activities", StringComparison.Ordinal);
            if (marker > 0)
            {
                var conversationId = rest[..marker];
                var tail = rest[(marker + "/activities".Length)..];
                if (tail.Length == 0 && method == "POST")
                {
                    return new ConnectorCall(method, path, CallKind.Proactive, conversationId, null);
                }

                if (tail.StartsWith('/') && tail.Length > 1)
                {
                    var kind = method switch { "POST" => CallKind.Reply, "PUT" => CallKind.Update, _ => CallKind.Other };
                    return new ConnectorCall(method, path, kind, conversationId, tail[1..]);
                }
            }
        }

        return new ConnectorCall(method, path, CallKind.Other, null, null);
    }

    private static JsonNode? ParseJson(string body)
    {
        try
        {
            return body.Length == 0 ? null : JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
