using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using RegistryBot.Teams.Connector;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Hosting;

/// <summary>
/// Once the app listens, does on another core the one-time work the first activity would otherwise
/// wait for: the activity endpoint's services are created, the activity contract is read once, and
/// one request to the bot's own <c>/healthz</c> through the connector's HTTP pipeline prepares both
/// the inbound path and the outbound one. Teams allows a few seconds for an answer; after a restart
/// the first user should not spend them on this.
/// </summary>
public sealed partial class StartupWarmUp(
    IServiceProvider services,
    IServer server,
    IHttpClientFactory httpClients,
    IHostApplicationLifetime lifetime,
    ILogger<StartupWarmUp> logger) : IHostedService
{
    private static readonly byte[] SampleActivity =
        """{"type":"message","id":"warm-up","channelId":"msteams","serviceUrl":"http://127.0.0.1/","from":{"id":"warm-up"},"conversation":{"id":"warm-up"},"recipient":{"id":"bot"},"text":"help"}"""u8.ToArray();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => WarmUpAsync(lifetime.ApplicationStopping)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmUpAsync(CancellationToken stopping)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            services.GetRequiredService<ActivityEndpoint>();
            JsonSerializer.Deserialize(SampleActivity, TeamsJsonContext.Default.Activity);
            if (OwnHealthEndpoint() is { } health)
            {
                using var client = httpClients.CreateClient(nameof(IConnectorClient));
                using var response = await client.GetAsync(health, stopping);
            }

            LogWarmedUp(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception exception)
        {
            // Only the first turn's speed is at stake: it does the same work itself, and reports what fails.
            LogWarmUpIncomplete(exception.Message);
        }
    }

    private Uri? OwnHealthEndpoint() => HealthUrl(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);

    /// <summary>The health endpoint at the first plain-HTTP address the app listens on, wildcards read as loopback.</summary>
    internal static Uri? HealthUrl(IEnumerable<string> listenAddresses)
    {
        foreach (var address in listenAddresses.Where(url => url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            var concrete = address.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal);
            if (Uri.TryCreate(concrete, UriKind.Absolute, out var bound))
            {
                var host = bound.Host is "0.0.0.0" or "[::]" or "localhost" ? "127.0.0.1" : bound.Host;
                return new UriBuilder(Uri.UriSchemeHttp, host, bound.Port, HealthEndpoint.Route).Uri;
            }
        }

        return null;
    }

    [LoggerMessage(EventId = 9100, Level = LogLevel.Debug, Message = "Prepared the first turn in {ElapsedMs:F0} ms")]
    private partial void LogWarmedUp(double elapsedMs);

    [LoggerMessage(EventId = 9101, Level = LogLevel.Debug, Message = "The start-up warm-up did not finish: {Reason}")]
    private partial void LogWarmUpIncomplete(string reason);
}
