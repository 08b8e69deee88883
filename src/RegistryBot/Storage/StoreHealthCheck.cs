using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RegistryBot.Storage;

/// <summary>Unhealthy while the store is faulted (until it is reopened) or cannot answer a read.</summary>
public sealed class StoreHealthCheck(LiteDbStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (store.Fault is { } fault)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The data file failed: {fault.Message}"));
        }

        try
        {
            _ = store.Database.GetCollectionNames().Count();
            return Task.FromResult(HealthCheckResult.Healthy($"LiteDB at {store.FilePath}"));
        }
        catch (Exception exception) when (exception is LiteDB.LiteException or IOException or ObjectDisposedException)
        {
            store.ReportFault(exception);
            return Task.FromResult(HealthCheckResult.Unhealthy("The data file cannot be read.", exception));
        }
    }
}
