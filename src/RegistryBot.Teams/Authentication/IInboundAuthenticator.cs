namespace RegistryBot.Teams.Authentication;

public interface IInboundAuthenticator
{
    Task<InboundAuthenticationResult> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken);
}
