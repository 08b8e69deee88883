namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>One authenticated in-process bot shared by the tests of a class.</summary>
public class InProcessBotFixture : IAsyncLifetime
{
    private InProcessBot? _bot;

    public InProcessBot Bot => _bot ?? throw new InvalidOperationException("The bot has not started.");

    protected virtual string[] Settings => ["--Bot:RateLimits:PerUserBurst=0", "--Bot:RateLimits:PerTenantBurst=0"];

    public async Task InitializeAsync() => _bot = await InProcessBot.StartAsync(Settings);

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
