using RegistryBot.IntegrationTests.Infrastructure;
using RegistryBot.Notifications;

namespace RegistryBot.IntegrationTests;

/// <summary>
/// After placing: the status job posts each new status once into the conversation, updates the first
/// status card in place, and a failed order leads to a support ticket. The simulator and the job run
/// in sub-second time (<see cref="OrderingSettings.Fast"/>).
/// </summary>
public sealed class OrderStatusTests(OrderingBotFixture fixture) : IClassFixture<OrderingBotFixture>
{
    private AuthenticatedBot Bot => fixture.Bot;

    [Fact]
    public async Task Each_status_is_posted_once_in_order_and_the_first_status_card_is_updated_in_place()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var placed = await chat.PlaceOrder();
        Assert.Equal("new", placed.Status);

        var messages = await chat.WaitForProactiveMessages(2, OrderingSettings.StatusDelivery);
        await Bot.Connector.WaitForRequestsAsync(
            2, OrderingSettings.StatusDelivery, request => request.IsUpdateOf(chat.ConversationId, placed.MessageId!) && request.Succeeded);
        await Task.Delay(OrderingSettings.QuietPeriod);

        Assert.Equal(messages.Count, chat.ProactiveMessages().Count);
        // One message per status; their order is Statuses_reached_in_one_poll_are_posted_in_life_cycle_order's business.
        Assert.Equal(["DONE", "processing"], messages.Select(message => message.Status).Order(StringComparer.Ordinal));
        Assert.All(messages, message => Assert.Equal(placed.OrderId, message.OrderId));
        Assert.All(Bot.Outbox(placed.OrderId!), entry => Assert.Equal((OutboxState.Delivered, 1), (entry.State, entry.Attempts)));

        var updates = chat.UpdatesOf(placed.MessageId!);
        Assert.Equal(2, updates.Count);
        Assert.Equal((placed.OrderId, "DONE"), (updates[^1].OrderId, updates[^1].Status));
        Assert.All(["new", "processing", "DONE"], status => Assert.NotNull(updates[^1].Fact(status)));

        var order = Bot.Order(placed.OrderId);
        Assert.Equal(["new", "processing", "DONE"], order.History.Select(change => change.Status));
    }

    [Fact]
    public async Task A_failed_order_is_posted_once_with_a_link_to_the_ticket_page_and_a_ticket_can_be_raised_from_the_chat()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var placed = await chat.PlaceOrder(new OrderForm { Region = OrderingSettings.FailingRegion });
        var orderId = placed.OrderId!;

        var messages = await chat.WaitForProactiveMessages(2, OrderingSettings.StatusDelivery);
        await Task.Delay(OrderingSettings.QuietPeriod);

        Assert.Equal(["failed", "processing"], chat.ProactiveMessages().Select(message => message.Status).Order(StringComparer.Ordinal));
        var failed = Assert.Single(messages, message => message.Status == "failed");
        var ticketPage = Assert.Single(failed.Actions, action => action.Type == "Action.OpenUrl");
        Assert.Contains(orderId, ticketPage.Url, StringComparison.Ordinal);
        Assert.Equal(orderId, failed.Action("ticket.open").DataField("orderId"));

        chat.Show(failed);
        var form = await chat.Execute("ticket.open");
        Assert.Equal("Input.Text", form.Input("ticketDescription").Type);

        var empty = await chat.Execute("ticket.submit", new() { ["ticketDescription"] = "   " });
        Assert.NotEmpty(empty.Errors);
        Assert.Equal("Input.Text", empty.Input("ticketDescription").Type);
        Assert.Empty(Bot.SimulatorTickets(orderId));

        var description = new Dictionary<string, string> { ["ticketDescription"] = "Provisioning failed in Hamburg; please provision it in de-west-1 instead." };
        var created = await chat.Execute("ticket.submit", description);
        var reference = created.Fact("Ticket");
        Assert.Matches("^TCK-[0-9]+$", reference);

        var again = await chat.Execute(empty, "ticket.submit", description);
        Assert.Equal(reference, again.Fact("Ticket"));
        var ticket = Assert.Single(Bot.SimulatorTickets(orderId));
        Assert.Equal(reference, ticket.Reference);

        var back = await chat.Execute("status.refresh");
        Assert.Equal((orderId, "failed"), (back.OrderId, back.Status));

        var typed = await chat.Send($"ticket {orderId}");
        Assert.Equal("Input.Text", typed.Input("ticketDescription").Type);
        Assert.Equal(orderId, typed.Action("ticket.submit").DataField("orderId"));
    }

    [Fact]
    public async Task Status_lists_the_callers_orders_newest_first()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var placed = new List<string>();
        foreach (var storage in new[] { "100", "200", "300" })
        {
            placed.Add((await chat.PlaceOrder(new OrderForm { StorageGb = storage })).OrderId!);
        }

        var list = await chat.Send("status");

        var listed = list.Lines
            .Select(line => line.Trim('*'))
            .Where(line => line.StartsWith("ORD-", StringComparison.Ordinal))
            .Select(line => line.Split('*', ':')[0])
            .ToList();
        Assert.Equal(Enumerable.Reverse(placed), listed);
    }

    [Fact]
    public async Task Status_with_more_orders_than_it_lists_says_how_many_there_are_and_how_to_see_the_rest()
    {
        await using var bot = await AuthenticatedBot.StartAsync([.. OrderingSettings.Fast, "--Bot:RateLimits:PerUserBurst=0"]);
        var chat = new Chat(bot, TestConversation.Personal());
        var placed = new List<string>();
        for (var order = 0; order < 11; order++)
        {
            placed.Add((await chat.PlaceOrder()).OrderId!);
        }

        var list = await chat.Send("status");

        Assert.True(list.Says("The 10 newest of 11 orders"), list.Describe());
        Assert.False(list.Says(placed[0]), "the oldest order is the one left out");
        Assert.All(placed.Skip(1), orderId => Assert.True(list.Says(orderId), list.Describe()));
    }
}
