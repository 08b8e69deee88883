using LiteDB;
using Quartz;
using RegistryBot.Conversations.Turns;
using RegistryBot.Storage;

namespace RegistryBot.Notifications;

/// <summary>
/// The scheduled tick: record what changed, deliver what is due, forget old activity ids. Never
/// two at once. Each step commits on its own, so a shutdown between them leaves the outbox consistent.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class StatusPollJob(
    StatusSweep sweep,
    OutboxDelivery delivery,
    ActivityDeduplicator deduplicator,
    LiteDbStore store,
    TimeProvider time,
    ILogger<StatusPollJob> logger) : IJob
{
    public static readonly JobKey Key = new("status-poll");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (store.Fault is not null)
        {
            return;
        }

        try
        {
            await sweep.RunAsync(cancellationToken);
            await delivery.RunAsync(cancellationToken);
            deduplicator.Forget(time.GetUtcNow().UtcDateTime - deduplicator.Window);
        }
        catch (Exception exception) when (exception is LiteException or IOException or ObjectDisposedException)
        {
            if (StorageFaults.IsFatal(exception))
            {
                store.ReportFault(exception);
            }

            LogStorageFault(exception.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogStopped();
        }
    }

    [LoggerMessage(EventId = 6301, Level = LogLevel.Error, Message = "The status job stopped on a storage fault: {Reason}")]
    private partial void LogStorageFault(string reason);

    [LoggerMessage(EventId = 6302, Level = LogLevel.Information, Message = "The status job stopped at a safe point for shutdown")]
    private partial void LogStopped();
}
