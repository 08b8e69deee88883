namespace RegistryBot.Notifications;

/// <summary>A status the portal reported for one order.</summary>
/// <param name="NeverTaken">The portal refused the order when it was offered, so provisioning never started.</param>
public readonly record struct PortalReport(string Status, DateTime? ChangedAt, string? Reason, bool NeverTaken = false)
{
    public static PortalReport Refused(string reason, DateTime at) => new(Ordering.Orders.OrderStatus.Failed, at, reason, NeverTaken: true);
}
