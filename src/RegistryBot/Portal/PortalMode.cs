namespace RegistryBot.Portal;

public enum PortalMode
{
    Simulated,
    Http,
}
