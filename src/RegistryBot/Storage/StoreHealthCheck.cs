using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RegistryBot.Storage;

/// <summary>Healthy while the database answers a read; a LiteDB engine that hit an I/O error fails every call.</summary>
public sealed class StoreHealthCheck(LiteDbStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _ = store.Database.GetCollectionNames().Count();
            return Task.FromResult(HealthCheckResult.Healthy($"LiteDB at {store.FilePath}"));
        }
        catch (Exception exception) when (exception is LiteDB.LiteException or IOException or ObjectDisposedException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The data file cannot be read.", exception));
        }
    }
}
