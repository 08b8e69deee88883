namespace RegistryBot.LoadTest.Connector;

/// <summary>
/// Teams' documented limits as sliding one-second windows: messages per conversation (thread) and
/// requests per app per tenant. Every simulated user is in one tenant, so the tenant window is global.
/// Only accepted requests fill a window.
/// </summary>
public sealed class TeamsRateLimits(int messagesPerConversation, int requestsPerTenant, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, Queue<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _tenant = new();
    private readonly Lock _gate = new();

    /// <summary>Null when the request may pass (and it is counted), else how long until it would.</summary>
    public TimeSpan? Refuse(string conversationId, bool isMessage)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var wait = WaitFor(_tenant, requestsPerTenant, now);
            Queue<DateTimeOffset>? conversation = null;
            if (isMessage)
            {
                if (!_conversations.TryGetValue(conversationId, out conversation))
                {
                    conversation = new Queue<DateTimeOffset>();
                    _conversations[conversationId] = conversation;
                }

                var conversationWait = WaitFor(conversation, messagesPerConversation, now);
                wait = wait > conversationWait ? wait : conversationWait;
            }

            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            _tenant.Enqueue(now);
            conversation?.Enqueue(now);
            return null;
        }
    }

    private static TimeSpan WaitFor(Queue<DateTimeOffset> window, int limit, DateTimeOffset now)
    {
        while (window.Count > 0 && now - window.Peek() >= Window)
        {
            window.Dequeue();
        }

        return window.Count < limit ? TimeSpan.Zero : window.Peek() + Window - now;
    }
}
