using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace RegistryBot.Notifications;

/// <summary>Healthy while the scheduler runs; status updates stop otherwise.</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return scheduler.Status switch
        {
            SchedulerStatus.Running => HealthCheckResult.Healthy("The status job is scheduled."),

            // Quartz starts once the app has started, a moment after Kestrel listens.
            SchedulerStatus.Created => HealthCheckResult.Healthy("The scheduler is starting."),
            _ => HealthCheckResult.Unhealthy("The scheduler is not running: status updates are paused."),
        };
    }
}
