using RegistryBot.Ordering.Orders;

namespace RegistryBot.Tests.Ordering.Orders;

public sealed class OrderTests
{
    private static readonly DateTime PlacedAt = new(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_placed_order_is_new_with_its_time_stamped()
    {
        var order = NewOrder();

        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(PlacedAt, order.ReachedAt(OrderStatus.New));
    }

    [Fact]
    public void The_portals_life_cycle_is_followed_and_each_move_is_stamped()
    {
        var order = NewOrder();

        order.StartProcessing(PlacedAt.AddMinutes(1));
        order.MarkDone(PlacedAt.AddMinutes(5));

        Assert.Equal(OrderStatus.Done, order.Status);
        Assert.Equal([OrderStatus.New, OrderStatus.Processing, OrderStatus.Done], order.History.Select(change => change.Status));
        Assert.Equal(PlacedAt.AddMinutes(5), order.ReachedAt(OrderStatus.Done));
    }

    [Fact]
    public void A_failure_keeps_its_reason()
    {
        var order = NewOrder();

        order.MarkFailed("No capacity in region", PlacedAt.AddMinutes(2));

        Assert.Equal(OrderStatus.Failed, order.Status);
        Assert.Equal("No capacity in region", order.FailureReason);
        Assert.Equal("No capacity in region", order.History[^1].Reason);
    }

    [Fact]
    public void Illegal_moves_are_refused_and_change_nothing()
    {
        var order = NewOrder();
        order.MarkDone(PlacedAt.AddMinutes(1));

        Assert.Throws<InvalidOperationException>(() => order.StartProcessing(PlacedAt.AddMinutes(2)));
        Assert.Throws<InvalidOperationException>(() => order.MarkFailed("late", PlacedAt.AddMinutes(2)));
        Assert.Equal(OrderStatus.Done, order.Status);
        Assert.Equal(2, order.History.Count);
    }

    [Fact]
    public void A_snapshot_shows_the_order_as_it_stood_at_an_earlier_status()
    {
        var order = NewOrder();
        order.StartProcessing(PlacedAt.AddMinutes(1));
        order.MarkFailed("No capacity in region", PlacedAt.AddMinutes(2));

        var processing = order.AsOf(OrderStatus.Processing);

        Assert.Equal(OrderStatus.Processing, processing.Status);
        Assert.Null(processing.FailureReason);
        Assert.Equal([OrderStatus.New, OrderStatus.Processing], processing.History.Select(change => change.Status));
        Assert.Equal(OrderStatus.Failed, order.Status);
        Assert.Equal(3, order.History.Count);
        Assert.Same(order, order.AsOf(OrderStatus.Failed));
    }

    private static Order NewOrder() => Order.Place(
        "ORD-0000000001",
        new OrderPlacement("DRF-1", "tenant", "user", "Ada", new OrderConversation { ConversationId = "a:1", ServiceUrl = "https://x/" },
            new OrderChoices { ServiceType = "harbor", NodeSize = "small", StorageGb = 50, TrustedSources = ["1.2.3.4/32"], Region = "de-west-1", BillingProfileId = "BP-1" },
            "2026-01", null),
        PlacedAt);
}
