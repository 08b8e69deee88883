using Microsoft.Extensions.Options;

namespace RegistryBot.Notifications;

/// <summary>
/// Paces the status job's requests to Teams (status messages and in-place card updates) per tenant,
/// below Teams' 50 requests a second per app and tenant, so that a backlog of status changes goes out
/// as fast as Teams allows instead of running into 429s. Replies within users' own turns are not paced.
/// Each request gets the next free slot of its tenant, one every 1/rate seconds, and waits for it.
/// </summary>
public sealed class ProactivePacing
{
    private const int TenantsKeptBeforePruning = 1024;

    private readonly TimeProvider _time;
    private readonly TimeSpan? _spacing;
    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ProactivePacing(IOptions<StatusPollingOptions> options, TimeProvider time)
    {
        _time = time;
        var perSecond = options.Value.TenantRequestsPerSecond;
        _spacing = perSecond > 0 ? TimeSpan.FromSeconds(1.0 / perSecond) : null;
    }

    /// <summary>Completes when a request to <paramref name="tenantId"/> may go out.</summary>
    public Task WaitTurnAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (_spacing is not { } spacing)
        {
            return Task.CompletedTask;
        }

        TimeSpan wait;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var slot = _nextSlot.TryGetValue(tenantId, out var next) && next > now ? next : now;
            if (_nextSlot.Count >= TenantsKeptBeforePruning)
            {
                Prune(now);
            }

            _nextSlot[tenantId] = slot + spacing;
            wait = slot - now;
        }

        return wait > TimeSpan.Zero ? Task.Delay(wait, _time, cancellationToken) : Task.CompletedTask;
    }

    // A tenant whose next slot has passed sends at once: forgetting it changes nothing.
    private void Prune(DateTimeOffset now)
    {
        foreach (var (tenantId, next) in _nextSlot.ToList())
        {
            if (next <= now)
            {
                _nextSlot.Remove(tenantId);
            }
        }
    }
}
