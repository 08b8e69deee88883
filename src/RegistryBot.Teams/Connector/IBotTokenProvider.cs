namespace RegistryBot.Teams.Connector;

/// <summary>Supplies the bearer token the bot sends to the connector; null when authentication is off.</summary>
public interface IBotTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
