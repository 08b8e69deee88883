namespace RegistryBot.Portal;

/// <summary>The portal could not answer (down, timing out, refusing); the caller retries later.</summary>
public sealed class PortalUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>
    /// The portal refused the bot for this one order's tenant (403: the credentials may not act for it);
    /// calls for other tenants may well succeed.
    /// </summary>
    public bool ForOneTenant { get; init; }
}
