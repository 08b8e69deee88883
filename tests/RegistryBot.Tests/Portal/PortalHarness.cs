using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RegistryBot.Portal;

namespace RegistryBot.Tests.Portal;

/// <summary>
/// A fake portal and the bot's portal client wired to it by <see cref="PortalServiceCollectionExtensions.AddPortal"/>
/// from in-memory configuration, so the real handlers and resilience pipeline are under test.
/// Delays are short: two retries 10 ms apart. An attempt may take three seconds, so that a cold
/// start under a parallel test run is not mistaken for a slow portal; timeout tests set their own.
/// </summary>
public sealed class PortalHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PortalHarness(FakePortal fake, ServiceProvider services, RecordingLoggerProvider logs)
    {
        Fake = fake;
        _services = services;
        Logs = logs;
    }

    public FakePortal Fake { get; }

    public RecordingLoggerProvider Logs { get; }

    public IRegistryPortal Portal => _services.GetRequiredService<IRegistryPortal>();

    public static async Task<PortalHarness> StartAsync(
        PortalAuthMode auth = PortalAuthMode.ApiKey,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var fake = await FakePortal.StartAsync();
        var logs = new RecordingLoggerProvider();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(Configuration(fake, auth, settings))
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services?.Invoke(collection);
        collection.AddPortal();
        return new PortalHarness(fake, collection.BuildServiceProvider(), logs);
    }

    public static IConfiguration Configuration(FakePortal fake, PortalAuthMode auth, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Portal:Mode"] = "Http",
            ["Portal:Http:BaseUrl"] = fake.BaseUrl,
            ["Portal:Http:Auth"] = auth.ToString(),
            ["Portal:Http:Timeout"] = "00:00:03",
            ["Portal:Http:MaxRetries"] = "2",
            ["Portal:Http:RetryBaseDelay"] = "00:00:00.010",
        };
        if (auth == PortalAuthMode.ApiKey)
        {
            values["Portal:Http:ApiKey"] = FakePortal.ApiKey;
        }
        else
        {
            values["Portal:Http:TokenUrl"] = fake.TokenUrl;
            values["Portal:Http:ClientId"] = FakePortal.ClientId;
            values["Portal:Http:ClientSecret"] = FakePortal.ClientSecret;
            values["Portal:Http:Scope"] = FakePortal.Scope;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
