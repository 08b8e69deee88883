using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>
/// The Teams side of the Bot Connector API: records every request the bot sends and answers
/// 201 <c>{"id":"n"}</c>, or whatever has been scripted: first the queue of <see cref="Enqueue"/>,
/// then the standing rule of <see cref="AnswerWith"/>.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<RequestWaiter> _waiters = [];
    private readonly Lock _gate = new();
    private LoopbackServer? _server;
    private Func<ConnectorCall, ScriptedResponse?>? _rule;
    private int _lastId;

    /// <summary>The serviceUrl activities carry to point the bot here; ends with a slash, as Teams' do.</summary>
    public string ServiceUrl => Server.Origin + "/";

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    private LoopbackServer Server => _server ?? throw new InvalidOperationException("The fake connector has not been started.");

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector._server = await LoopbackServer.StartAsync(app => app.Run(connector.HandleAsync));
        return connector;
    }

    public IReadOnlyList<RecordedRequest> RequestsFor(string conversationId) =>
        Requests.Where(request => request.IsFor(conversationId)).ToList();

    /// <summary>Answers the next requests with these responses, in order, then goes back to 201.</summary>
    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    /// <summary>
    /// From now on, answers every request the rule returns a response for (the rest get 201) until
    /// <see cref="AcceptAll"/>; replaces any earlier rule.
    /// </summary>
    public void AnswerWith(Func<ConnectorCall, ScriptedResponse?> rule) => Volatile.Write(ref _rule, rule);

    /// <summary>Answers every request with <paramref name="response"/> for <paramref name="period"/>, then accepts again.</summary>
    public void AnswerAllFor(TimeSpan period, ScriptedResponse response)
    {
        var until = DateTimeOffset.UtcNow + period;
        AnswerWith(_ => DateTimeOffset.UtcNow < until ? response : null);
    }

    /// <summary>Drops the rule of <see cref="AnswerWith"/>: every request is accepted again.</summary>
    public void AcceptAll() => Volatile.Write(ref _rule, null);

    /// <summary>Completes once <paramref name="count"/> matching requests have arrived; throws after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(int count, TimeSpan timeout, Func<RecordedRequest, bool>? filter = null)
    {
        var waiter = new RequestWaiter(count, filter ?? (_ => true));
        lock (_gate)
        {
            if (!waiter.TryComplete(_requests))
            {
                _waiters.Add(waiter);
            }
        }

        try
        {
            return await waiter.Completion.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(
                $"Expected {count} matching request(s) at the fake connector within {timeout.TotalSeconds} s; received: [{string.Join(", ", Requests)}].");
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    public Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(string conversationId, int count, TimeSpan timeout) =>
        WaitForRequestsAsync(count, timeout, request => request.IsFor(conversationId));

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        var method = http.Request.Method;
        var path = http.Request.Path.Value ?? string.Empty;
        var response = _script.TryDequeue(out var scripted)
            ? scripted
            : Volatile.Read(ref _rule)?.Invoke(new ConnectorCall(method, path))
                ?? ScriptedResponse.Created(Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture));

        Record(new RecordedRequest(
            method,
            path,
            http.Request.Headers.Authorization.Count == 0 ? null : http.Request.Headers.Authorization.ToString(),
            ParseJson(body),
            response.StatusCode,
            ResponseIdOf(response)));

        http.Response.StatusCode = response.StatusCode;
        foreach (var (name, value) in response.Headers)
        {
            http.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(response.Body, http.RequestAborted);
        }
    }

    private void Record(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
            foreach (var waiter in _waiters)
            {
                waiter.TryComplete(_requests);
            }
        }
    }

    private static string? ResponseIdOf(ScriptedResponse response) =>
        response.StatusCode is >= 200 and < 300 && response.Body is not null && ParseJson(response.Body) is JsonObject answer
            ? (string?)answer["id"]
            : null;

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

    private sealed class RequestWaiter(int count, Func<RecordedRequest, bool> filter)
    {
        public TaskCompletionSource<IReadOnlyList<RecordedRequest>> Completion { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool TryComplete(IEnumerable<RecordedRequest> requests)
        {
            var matching = requests.Where(filter).ToList();
            return matching.Count >= count && Completion.TrySetResult(matching);
        }
    }
}
