using Microsoft.Extensions.DependencyInjection;
using RegistryBot.IntegrationTests.Infrastructure;
using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;
using RegistryBot.Portal.Simulator;

namespace RegistryBot.IntegrationTests;

/// <summary>
/// "Order now" waits for the provider's portal only a short while (2 s) once the order is stored and
/// on the disk: a portal that is slow to answer must not hold the card past Teams' deadline, and it
/// still takes the order afterwards.
/// </summary>
public sealed class PortalHandOffTests
{
    [Fact]
    public async Task Order_now_is_answered_while_the_portal_still_holds_the_order_which_it_takes_afterwards()
    {
        var (started, portal) = await StartWithHeldPortalAsync();
        await using var bot = started;
        var chat = new Chat(bot, TestConversation.Personal());
        var summary = await chat.FillOrder();

        var placed = await chat.Execute(summary, "order.place", OrderingChat.AcceptTerms);

        Assert.NotNull(placed.OrderId);
        var held = await portal.WaitAsync(TestTimeouts.Reply);
        Assert.Equal(placed.OrderId, await held.FirstOffer.WaitAsync(TestTimeouts.Reply));
        Assert.Null(bot.Order(placed.OrderId).SubmittedToPortalAt);
        Assert.DoesNotContain(bot.SimulatorOrders(), order => order.Id == placed.OrderId);

        held.Release();

        var taken = await bot.TakenByPortalAsync(placed.OrderId);
        Assert.Single(bot.SimulatorOrders(), order => order.Id == taken.Id);
    }

    [Fact]
    public async Task A_portal_failing_in_an_unforeseen_way_leaves_the_order_placed_and_acknowledged()
    {
        var (started, portal) = await StartWithHeldPortalAsync();
        await using var bot = started;
        var chat = new Chat(bot, TestConversation.Personal());
        var summary = await chat.FillOrder();
        var placing = chat.Execute(summary, "order.place", OrderingChat.AcceptTerms);
        (await portal.WaitAsync(TestTimeouts.Reply)).ReleaseFailing(new InvalidOperationException("A defect in the portal's client."));

        var placed = await placing;

        Assert.NotNull(placed.OrderId);
        Assert.Null(bot.Order(placed.OrderId).SubmittedToPortalAt);
    }

    [Fact]
    public async Task Orders_of_a_tenant_the_portal_refuses_the_bot_wait_without_holding_up_other_tenants_orders()
    {
        var refusedMember = TestConversation.PersonalInOtherTenant();
        TenantRefusingPortal? portal = null;
        await using var bot = await AuthenticatedBot.StartAsync(
            services => services.AddSingleton<IRegistryPortal>(provider =>
                portal = new TenantRefusingPortal(provider.GetRequiredService<SimulatedPortal>(), refusedMember.TenantId) { Down = true }),
            OrderingSettings.Fast);

        // Both placed while the portal was down, the refused tenant's first: its order comes first in every status sweep.
        var refused = (await new Chat(bot, refusedMember).PlaceOrder()).OrderId!;
        var other = (await new Chat(bot, TestConversation.Personal()).PlaceOrder()).OrderId!;
        Assert.True(string.CompareOrdinal(refused, other) < 0);
        portal!.Down = false;

        // Before, the sweep stopped offering at the refused tenant's order, so the other never reached the portal.
        var taken = await bot.TakenByPortalAsync(other);
        Assert.Single(bot.SimulatorOrders(), order => order.Id == taken.Id);
        var waiting = bot.Order(refused);
        Assert.Equal((OrderStatus.New, (DateTime?)null), (waiting.Status, waiting.SubmittedToPortalAt));
    }

    [Fact]
    public async Task An_order_the_portal_refuses_fails_without_a_processing_it_never_had_and_points_to_the_ticket_page()
    {
        const string reason = "The billing profile BP-1001 does not belong to this tenant.";
        await using var bot = await AuthenticatedBot.StartAsync(
            services => services.AddSingleton<IRegistryPortal>(provider => new OrderRefusingPortal(provider.GetRequiredService<SimulatedPortal>(), reason)),
            OrderingSettings.Fast);
        var chat = new Chat(bot, TestConversation.Personal());
        var orderId = (await chat.PlaceOrder()).OrderId!;

        var failed = Assert.Single(await chat.WaitForProactiveMessages(1, OrderingSettings.StatusDelivery));
        await Task.Delay(OrderingSettings.QuietPeriod);
        Assert.Equal(["failed"], chat.ProactiveMessages().Select(message => message.Status));
        Assert.True(failed.Says("did not accept this order"), failed.Describe());
        Assert.True(failed.Says(reason), failed.Describe());
        Assert.Equal([OrderStatus.New, OrderStatus.Failed], bot.Order(orderId).History.Select(change => change.Status));

        // The portal has no record of it, so it would answer a ticket with 404: the chat says where to go instead.
        chat.Show(failed);
        await chat.Execute("ticket.open");
        var answer = await chat.Execute("ticket.submit", new() { ["ticketDescription"] = "Which billing profile should I use?" });
        var error = Assert.Single(answer.Errors);
        Assert.Contains("ticket page", error, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(orderId), error, StringComparison.Ordinal);
        Assert.Empty(bot.SimulatorTickets(orderId));
    }

    /// <summary>A bot whose portal the test holds; the portal is there once the app first asks for it.</summary>
    private static async Task<(AuthenticatedBot Bot, Task<HeldPortal> Portal)> StartWithHeldPortalAsync()
    {
        var portal = new TaskCompletionSource<HeldPortal>(TaskCreationOptions.RunContinuationsAsynchronously);
        var bot = await AuthenticatedBot.StartAsync(
            services => services.AddSingleton<IRegistryPortal>(provider =>
            {
                var held = new HeldPortal(provider.GetRequiredService<SimulatedPortal>());
                portal.TrySetResult(held);
                return held;
            }),
            OrderingSettings.Fast);
        return (bot, portal.Task);
    }
}
