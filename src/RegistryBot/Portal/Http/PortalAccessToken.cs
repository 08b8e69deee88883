namespace RegistryBot.Portal.Http;

/// <summary>A bearer token for the portal and the moment to fetch the next one, a little before it expires.</summary>
internal sealed record PortalAccessToken(string Value, DateTimeOffset RenewAt);
