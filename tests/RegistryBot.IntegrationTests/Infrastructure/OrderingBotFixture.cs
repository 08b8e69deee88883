namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>One authenticated bot with <see cref="OrderingSettings.Fast"/> for a test class whose tests keep to conversations of their own.</summary>
public sealed class OrderingBotFixture : IAsyncLifetime
{
    private AuthenticatedBot? _bot;

    public AuthenticatedBot Bot => _bot ?? throw new InvalidOperationException("The bot has not been started.");

    public async Task InitializeAsync() => _bot = await AuthenticatedBot.StartAsync(OrderingSettings.Fast);

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
