using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace RegistryBot.Notifications;

/// <summary>Healthy while the scheduler runs; status updates stop otherwise.</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return scheduler.Status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("The status job is scheduled.")
            : HealthCheckResult.Unhealthy("The scheduler is not running: status updates are paused.");
    }
}
