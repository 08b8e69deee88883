using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Teams.Hosting;

/// <summary>
/// Per-user and per-tenant token buckets (System.Threading.RateLimiting). A turn needs a token from
/// both; a refusal carries how long to wait.
/// </summary>
public sealed class ActivityRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<Activity>? _users;
    private readonly PartitionedRateLimiter<Activity>? _tenants;

    public ActivityRateLimiter(IOptions<TeamsOptions> options)
    {
        var limits = options.Value.RateLimits;
        _users = Create(limits.PerUserBurst, limits.PerUserPerSecond, activity => activity.From?.AadObjectId ?? activity.From?.Id ?? string.Empty);
        _tenants = Create(limits.PerTenantBurst, limits.PerTenantPerSecond, activity => activity.TenantId ?? string.Empty);
    }

    /// <summary>Null when the turn may go ahead, else how long the caller should wait.</summary>
    public TimeSpan? Refuse(Activity activity)
    {
        foreach (var limiter in new[] { _tenants, _users })
        {
            if (limiter is null)
            {
                continue;
            }

            using var lease = limiter.AttemptAcquire(activity);
            if (!lease.IsAcquired)
            {
                return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
            }
        }

        return null;
    }

    public void Dispose()
    {
        _users?.Dispose();
        _tenants?.Dispose();
    }

    private static PartitionedRateLimiter<Activity>? Create(int burst, int perSecond, Func<Activity, string> partition)
    {
        if (burst <= 0 || perSecond <= 0)
        {
            return null;
        }

        return PartitionedRateLimiter.Create<Activity, string>(activity => RateLimitPartition.GetTokenBucketLimiter(
            partition(activity),
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = perSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }
}
