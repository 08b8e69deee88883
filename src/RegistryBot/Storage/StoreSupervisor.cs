using Microsoft.Extensions.Options;

namespace RegistryBot.Storage;

/// <summary>Reopens the data file after a fault, as soon as its cause (a full disk) is gone.</summary>
public sealed class StoreSupervisor(LiteDbStore store, IOptions<StorageOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReopenInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (store.Fault is not null)
            {
                store.TryReopen();
            }
        }
    }
}
