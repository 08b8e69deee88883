using System.Collections.Concurrent;

namespace RegistryBot.Notifications;

/// <summary>
/// Once Teams answers a proactive send with 429, no send to that tenant goes out until its Retry-After
/// has passed. Teams' limits are per conversation and, at 50 requests a second, per app and tenant; a
/// 429 does not say which one was hit, and the other conversations' sends would only meet it again.
/// </summary>
public sealed class TenantThrottle(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTime> _pausedUntil = new(StringComparer.Ordinal);

    /// <summary>When sends to <paramref name="tenantId"/> may start again; null if they may now.</summary>
    public DateTime? PausedUntil(string tenantId)
    {
        if (!_pausedUntil.TryGetValue(tenantId, out var until))
        {
            return null;
        }

        if (until > Now)
        {
            return until;
        }

        _pausedUntil.TryRemove(new KeyValuePair<string, DateTime>(tenantId, until));
        return null;
    }

    public void Pause(string tenantId, DateTime until) =>
        _pausedUntil.AddOrUpdate(tenantId, until, (_, current) => current > until ? current : until);

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
