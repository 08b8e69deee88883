using Microsoft.Extensions.Options;

namespace RegistryBot.Notifications;

/// <summary>
/// Paces the status job's requests to Teams so that a backlog of status changes goes out as fast as
/// Teams allows instead of running into 429s: per tenant, status messages and in-place card updates
/// together, below Teams' 50 requests a second per app and tenant; and per conversation, status
/// messages at least <c>ConversationMessageInterval</c> apart (Teams allows 8 in 2 s and 60 in 30 s
/// to one conversation). Replies within users' own turns are not paced.
/// </summary>
public sealed class ProactivePacing
{
    private readonly TimeProvider _time;
    private readonly Slots? _tenants;
    private readonly Slots? _conversations;

    public ProactivePacing(IOptions<StatusPollingOptions> options, TimeProvider time)
    {
        _time = time;
        var settings = options.Value;
        _tenants = settings.TenantRequestsPerSecond > 0 ? new Slots(TimeSpan.FromSeconds(1.0 / settings.TenantRequestsPerSecond)) : null;
        _conversations = settings.ConversationMessageInterval > TimeSpan.Zero ? new Slots(settings.ConversationMessageInterval) : null;
    }

    /// <summary>Completes when a request to <paramref name="tenantId"/> may go out.</summary>
    public Task WaitTurnAsync(string tenantId, CancellationToken cancellationToken) =>
        WaitAsync(_tenants, tenantId, cancellationToken);

    /// <summary>Completes when a status message to <paramref name="conversationId"/> of <paramref name="tenantId"/> may go out.</summary>
    public async Task WaitMessageTurnAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        // The conversation's slot first: a tenant slot taken early would sit unused while the conversation waits.
        await WaitAsync(_conversations, conversationId, cancellationToken);
        await WaitAsync(_tenants, tenantId, cancellationToken);
    }

    private Task WaitAsync(Slots? slots, string key, CancellationToken cancellationToken)
    {
        var wait = slots?.Take(key, _time.GetUtcNow()) ?? TimeSpan.Zero;
        return wait > TimeSpan.Zero ? Task.Delay(wait, _time, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Each key's next free slot, one every <c>spacing</c>.</summary>
    private sealed class Slots(TimeSpan spacing)
    {
        private const int KeysKeptBeforePruning = 4096;

        private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.Ordinal);
        private readonly Lock _gate = new();

        /// <summary>Takes the next free slot of <paramref name="key"/>; returns how long until it comes.</summary>
        public TimeSpan Take(string key, DateTimeOffset now)
        {
            lock (_gate)
            {
                var slot = _next.TryGetValue(key, out var next) && next > now ? next : now;
                if (_next.Count >= KeysKeptBeforePruning)
                {
                    Prune(now);
                }

                _next[key] = slot + spacing;
                return slot - now;
            }
        }

        // A key whose next slot has passed sends at once: forgetting it changes nothing.
        private void Prune(DateTimeOffset now)
        {
            foreach (var (key, next) in _next.ToList())
            {
                if (next <= now)
                {
                    _next.Remove(key);
                }
            }
        }
    }
}
