namespace RegistryBot.Teams.Connector;

/// <summary>Used when the bot has no app id: nothing to authenticate with, so no token is sent.</summary>
public sealed class AnonymousTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
