namespace RegistryBot.Notifications;

/// <summary>A status the portal reported for one order.</summary>
public readonly record struct PortalReport(string Status, DateTime? ChangedAt, string? Reason);
