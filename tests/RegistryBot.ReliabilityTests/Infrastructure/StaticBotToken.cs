using RegistryBot.Teams.Connector;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>The bot's outbound token without Entra: these tests are about what the bot accepts and sends, not how it logs in.</summary>
public sealed class StaticBotToken : IBotTokenProvider
{
    public const string Token = "reliability-test-outbound-token";

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(Token);
}
