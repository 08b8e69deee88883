using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RegistryBot.Teams.Connector;

namespace RegistryBot.Benchmarks.Infrastructure;

/// <summary>
/// The real app's services, built by <see cref="RegistryBotApp.Build"/> but never started, on a
/// fresh LiteDB file in a temporary folder, with a <see cref="NoOpConnector"/> in place of Teams.
/// </summary>
public sealed class BenchmarkApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;

    private BenchmarkApp(WebApplication app, string directory, NoOpConnector connector)
    {
        _app = app;
        _directory = directory;
        Connector = connector;
    }

    public IServiceProvider Services => _app.Services;

    public NoOpConnector Connector { get; }

    public static BenchmarkApp Create(Action<IServiceCollection>? overrideServices = null)
    {
        var directory = Directory.CreateTempSubdirectory("registrybot-bench-").FullName;
        var connector = new NoOpConnector();
        var app = RegistryBotApp.Build(
            [
                "--urls", "http://127.0.0.1:0",
                $"--Storage:Path={Path.Combine(directory, "bot.db")}",
                "--Logging:LogLevel:Default=Warning",
                "--Bot:RateLimits:PerUserBurst=0",
                "--Bot:RateLimits:PerTenantBurst=0",
            ],
            services =>
            {
                services.RemoveAll<IConnectorClient>();
                services.AddSingleton<IConnectorClient>(connector);
                overrideServices?.Invoke(services);
            });
        return new BenchmarkApp(app, directory, connector);
    }

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
