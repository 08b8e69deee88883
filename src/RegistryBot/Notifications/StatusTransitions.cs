using RegistryBot.Ordering.Orders;

namespace RegistryBot.Notifications;

/// <summary>
/// Applies what the portal reports to an order, one legal step at a time. A poll can miss a short
/// <c>processing</c> phase; it is then recorded too, so the customer hears of every status once, in order.
/// An order the portal refused when it was offered goes from <c>new</c> straight to <c>failed</c>:
/// its provisioning never started.
/// </summary>
public static class StatusTransitions
{
    /// <summary>Moves <paramref name="order"/> to the reported status; returns the statuses it passed through (empty if none).</summary>
    public static IReadOnlyList<string> Apply(Order order, PortalReport report, DateTime now)
    {
        var reached = new List<string>();
        if (report.Status == order.Status || OrderStatus.IsTerminal(order.Status) || report.Status == OrderStatus.New)
        {
            return reached;
        }

        var at = report.ChangedAt is { } changedAt && changedAt <= now ? changedAt : now;
        if (order.Status == OrderStatus.New && !report.NeverTaken)
        {
            order.StartProcessing(at);
            reached.Add(OrderStatus.Processing);
        }

        switch (report.Status)
        {
            case OrderStatus.Done:
                order.MarkDone(at);
                reached.Add(OrderStatus.Done);
                break;
            case OrderStatus.Failed:
                order.MarkFailed(string.IsNullOrWhiteSpace(report.Reason) ? "The provider did not say why." : report.Reason, at);
                reached.Add(OrderStatus.Failed);
                break;
        }

        return reached;
    }
}
