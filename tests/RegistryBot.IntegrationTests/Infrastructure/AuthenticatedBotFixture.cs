namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>One <see cref="AuthenticatedBot"/> for a test class whose tests keep to conversations of their own.</summary>
public sealed class AuthenticatedBotFixture : IAsyncLifetime
{
    private AuthenticatedBot? _bot;

    public AuthenticatedBot Bot => _bot ?? throw new InvalidOperationException("The bot has not been started.");

    public async Task InitializeAsync() => _bot = await AuthenticatedBot.StartAsync();

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
