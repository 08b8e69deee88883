using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RegistryBot.LoadTest.Connector;

/// <summary>
/// The Teams side of the Bot Connector on loopback: answers 201 <c>{"id":"n"}</c> to every POST or
/// PUT to <c>v3/conversations</c> and below, hands each reply to the conversation's inbox, and, once
/// limits or a ledger are set, throttles like Teams and counts notifications.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private const string ConversationsPrefix = "/v3/conversations/";

    private readonly ConcurrentDictionary<string, ConversationInbox> _inboxes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConversationInbox>.AlternateLookup<ReadOnlySpan<char>> _inboxLookup;
    private WebApplication? _app;
    private long _lastId;
    private long _replies;
    private long _proactive;
    private long _updates;

    private FakeConnector() => _inboxLookup = _inboxes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The serviceUrl activities carry to send the bot here; ends with a slash, as Teams' do.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public ConnectorTraffic Traffic => new(Interlocked.Read(ref _replies), Interlocked.Read(ref _proactive), Interlocked.Read(ref _updates));

    public TeamsRateLimits? Limits { get; set; }

    public NotificationLedger? Ledger { get; set; }

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0);
        });

        var app = builder.Build();
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        connector._app = app;
        connector.ServiceUrl = address.TrimEnd('/') + "/";
        return connector;
    }

    public ConversationInbox Register(string conversationId) => _inboxes.GetOrAdd(conversationId, _ => new ConversationInbox());

    public int UnexpectedReplies => _inboxes.Values.Sum(inbox => inbox.Unexpected);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var isPut = HttpMethods.IsPut(request.Method);
        var path = request.Path.Value ?? string.Empty;
        if (!(isPut || HttpMethods.IsPost(request.Method)) || !path.StartsWith(ConversationsPrefix.TrimEnd('/'), StringComparison.Ordinal))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var (buffer, length) = await ReadBodyAsync(request, http.RequestAborted);
        try
        {
            var arrivedAt = Stopwatch.GetTimestamp();
            var conversationId = ConversationIdOf(path);
            if (Limits?.Refuse(conversationId.ToString(), isMessage: !isPut) is { } wait)
            {
                Ledger?.RecordThrottled();
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return;
            }

            var id = Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
            var body = buffer.AsSpan(0, length);
            Ledger?.RecordAccepted(isPut, body, arrivedAt);
            if (isPut)
            {
                Interlocked.Increment(ref _updates);
            }
            else if (!IsReply(path))
            {
                Interlocked.Increment(ref _proactive);
            }
            else
            {
                Interlocked.Increment(ref _replies);
                if (_inboxLookup.TryGetValue(conversationId, out var inbox))
                {
                    inbox.Deliver(arrivedAt, id, body);
                }
            }

            var answer = "{\"id\":\"" + id + "\"}";
            http.Response.StatusCode = StatusCodes.Status201Created;
            http.Response.ContentType = "application/json";
            http.Response.ContentLength = answer.Length;
            await http.Response.WriteAsync(answer, http.RequestAborted);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// <c>/v3/conversations/{id}/activities[/{activityId}]</c>: the conversation id, as Kestrel decoded it;
    /// empty for <c>/v3/conversations</c> itself (creating a conversation).
    /// </summary>
    private static ReadOnlySpan<char> ConversationIdOf(string path)
    {
        if (path.Length <= ConversationsPrefix.Length)
        {
            return [];
        }

        var rest = path.AsSpan(ConversationsPrefix.Length);
        var slash = rest.IndexOf('/');
        return slash < 0 ? rest : rest[..slash];
    }

    /// <summary>A reply is posted to <c>activities/{activityId}</c>; a proactive message (a notification) to <c>activities</c>.</summary>
    private static bool IsReply(string path)
    {
        var activities = path.IndexOf("/activities/", ConversationsPrefix.Length, StringComparison.Ordinal);
        return activities >= 0 && activities + "/activities/".Length < path.Length;
    }

    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is > 0 and < int.MaxValue ? (int)request.ContentLength.Value : 16 * 1024);
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return (buffer, length);
            }

            length += read;
        }
    }
}
