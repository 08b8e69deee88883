namespace RegistryBot.IntegrationTests.Infrastructure;

public static class TestTimeouts
{
    /// <summary>How long a test waits for the bot to reach a fake: generous, since it only matters when something is broken.</summary>
    public static readonly TimeSpan Reply = TimeSpan.FromSeconds(10);
}
