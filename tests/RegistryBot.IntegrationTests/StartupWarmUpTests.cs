using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RegistryBot.Hosting;
using RegistryBot.IntegrationTests.Infrastructure;

namespace RegistryBot.IntegrationTests;

public sealed class StartupWarmUpTests
{
    [Fact]
    public async Task Once_listening_the_bot_prepares_its_first_turn_by_calling_its_own_health_endpoint()
    {
        var requests = new ConcurrentQueue<string>();
        var logs = new CapturedLogs();
        await using var host = await BotHost.StartAsync(
            ["--Logging:LogLevel:RegistryBot.Hosting.StartupWarmUp=Debug"],
            services =>
            {
                services.AddSingleton<IStartupFilter>(new RequestRecorder(requests));
                services.AddSingleton<ILoggerProvider>(logs);
            });

        await Eventually.Until(() => logs.EventIds.ToList(), ids => ids.Contains(9100) || ids.Contains(9101), TestTimeouts.Reply, "the warm-up to finish");

        Assert.DoesNotContain(9101, logs.EventIds);
        Assert.Contains(HealthEndpoint.Route, requests);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/healthz")]
    [InlineData("http://0.0.0.0:5000", "http://127.0.0.1:5000/healthz")]
    [InlineData("http://[::]:5000", "http://127.0.0.1:5000/healthz")]
    [InlineData("http://*:8080", "http://127.0.0.1:8080/healthz")]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/healthz")]
    [InlineData("http://localhost:3978", "http://127.0.0.1:3978/healthz")]
    [InlineData("http://10.1.2.3:3978", "http://10.1.2.3:3978/healthz")]
    public void The_health_endpoint_is_called_on_the_first_plain_http_address(string listening, string expected)
    {
        Assert.Equal(new Uri(expected), StartupWarmUp.HealthUrl(["https://127.0.0.1:443", listening]));
    }

    [Fact]
    public void Without_a_plain_http_address_nothing_is_called()
    {
        Assert.Null(StartupWarmUp.HealthUrl(["https://0.0.0.0:443"]));
    }

    private sealed class RequestRecorder(ConcurrentQueue<string> requests) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, proceed) =>
            {
                requests.Enqueue(context.Request.Path.Value ?? string.Empty);
                return proceed(context);
            });
            next(app);
        };
    }

    private sealed class CapturedLogs : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<int> _eventIds = new();

        public IEnumerable<int> EventIds => _eventIds;

        public ILogger CreateLogger(string categoryName) => categoryName == typeof(StartupWarmUp).FullName ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _eventIds.Enqueue(eventId.Id);

        public void Dispose()
        {
        }
    }
}
