using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>One request the bot sent to the fake connector, and what became of it.</summary>
public sealed partial class ConnectorRequest(ConnectorCall call, JsonNode? body, DateTimeOffset receivedAt, string? authorization)
{
    private int _status;
    private int _stored;
    private int _completed;

    public ConnectorCall Call { get; } = call;

    public CallKind Kind => Call.Kind;

    public string? ConversationId => Call.ConversationId;

    public JsonNode? Body { get; } = body;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    /// <summary>The request's Authorization header, if it had one.</summary>
    public string? Authorization { get; } = authorization;

    /// <summary>The status the fake answered (0 while the answer is pending or was never sent).</summary>
    public int Status => Volatile.Read(ref _status);

    /// <summary>True when the connector took the message: it is in the chat whether or not the bot heard the answer.</summary>
    public bool Stored => Volatile.Read(ref _stored) == 1;

    /// <summary>The answer reached the bot (false while pending, or when the bot gave up waiting).</summary>
    public bool Completed => Volatile.Read(ref _completed) == 1;

    public string? ResponseId { get; internal set; }

    /// <summary>The <c>summary</c> of a status notification: <c>Order ORD-…: processing</c>.</summary>
    public string? Summary => (string?)Body?["summary"];

    /// <summary>The order and status a status notification announces, from its summary.</summary>
    public (string OrderId, string Status)? Notification =>
        Summary is { } summary && NotificationSummary().Match(summary) is { Success: true } match
            ? (match.Groups[1].Value, match.Groups[2].Value)
            : null;

    public string BodyText => Body?.ToJsonString() ?? string.Empty;

    public IReadOnlyList<JsonObject> AdaptiveCards() =>
        (Body?["attachments"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(attachment => attachment["content"])
            .OfType<JsonObject>()
            .ToList();

    internal void Answered(int status) => Volatile.Write(ref _status, status);

    internal void MarkStored() => Volatile.Write(ref _stored, 1);

    internal void MarkCompleted() => Volatile.Write(ref _completed, 1);

    public override string ToString() =>
        $"{ReceivedAt:HH:mm:ss.fff} {Call.Method} {Call.Path} -> {Status}{(Stored ? " stored" : string.Empty)}{(Summary is { } s ? " [" + s + "]" : string.Empty)}";

    [GeneratedRegex(@"^Order (ORD-[0-9A-Z]{14}): (\S+)$")]
    private static partial Regex NotificationSummary();
}
