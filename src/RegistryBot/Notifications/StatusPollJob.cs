using Quartz;

namespace RegistryBot.Notifications;

/// <summary>The scheduled tick: record what changed, then deliver what is due. Never two at once.</summary>
[DisallowConcurrentExecution]
public sealed class StatusPollJob(StatusSweep sweep, OutboxDelivery delivery) : IJob
{
    public static readonly JobKey Key = new("status-poll");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await sweep.RunAsync(cancellationToken);
        await delivery.RunAsync(cancellationToken);
    }
}
