namespace RegistryBot.Portal;

/// <summary>An opened ticket: the provider's reference (<c>TCK-…</c>) and where to follow it.</summary>
public sealed record PortalTicket(string Reference, string Url);
