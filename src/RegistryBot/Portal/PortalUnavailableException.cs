namespace RegistryBot.Portal;

/// <summary>The portal could not answer (down, timing out, refusing); the caller retries later.</summary>
public sealed class PortalUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
