namespace RegistryBot.Portal;

public enum PortalAuthMode
{
    ApiKey,
    OAuth2,
}
