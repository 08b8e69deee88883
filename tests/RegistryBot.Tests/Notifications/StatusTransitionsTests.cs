using RegistryBot.Notifications;
using RegistryBot.Ordering.Orders;
using RegistryBot.Tests.Portal;

namespace RegistryBot.Tests.Notifications;

/// <summary>What the customer is told an order went through: every status once, and none it never reached.</summary>
public sealed class StatusTransitionsTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_finished_order_whose_processing_no_poll_saw_still_passes_through_processing()
    {
        var order = SampleOrders.Placed();

        var reached = StatusTransitions.Apply(order, new PortalReport(OrderStatus.Done, Now, null), Now);

        Assert.Equal([OrderStatus.Processing, OrderStatus.Done], reached);
        Assert.Equal([OrderStatus.New, OrderStatus.Processing, OrderStatus.Done], order.History.Select(change => change.Status));
    }

    [Fact]
    public void A_provisioning_that_failed_before_any_poll_saw_it_had_started_processing()
    {
        var order = SampleOrders.Placed();

        var reached = StatusTransitions.Apply(order, new PortalReport(OrderStatus.Failed, Now, "No capacity in de-north-2."), Now);

        Assert.Equal([OrderStatus.Processing, OrderStatus.Failed], reached);
        Assert.Equal("No capacity in de-north-2.", order.FailureReason);
    }

    [Fact]
    public void An_order_the_portal_refused_goes_straight_to_failed_without_a_processing_it_never_had()
    {
        var order = SampleOrders.Placed();

        var reached = StatusTransitions.Apply(order, PortalReport.Refused("The provider's portal did not accept the order: unknown region.", Now), Now);

        Assert.Equal([OrderStatus.Failed], reached);
        Assert.Equal([OrderStatus.New, OrderStatus.Failed], order.History.Select(change => change.Status));
        Assert.Null(order.ReachedAt(OrderStatus.Processing));
    }

    [Fact]
    public void A_finished_order_stays_finished_and_a_repeated_report_changes_nothing()
    {
        var order = SampleOrders.Placed();
        StatusTransitions.Apply(order, new PortalReport(OrderStatus.Done, Now, null), Now);

        Assert.Empty(StatusTransitions.Apply(order, new PortalReport(OrderStatus.Done, Now, null), Now));
        Assert.Empty(StatusTransitions.Apply(order, PortalReport.Refused("late", Now), Now));
        Assert.Equal(OrderStatus.Done, order.Status);
    }
}
