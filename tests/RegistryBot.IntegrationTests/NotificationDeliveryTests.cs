using RegistryBot.IntegrationTests.Infrastructure;
using RegistryBot.Notifications;

namespace RegistryBot.IntegrationTests;

/// <summary>
/// Exactly one message per order and status, whatever Teams answers: throttling is waited out, a
/// conversation that is gone is given up without holding up the others, and a restart loses nothing.
/// The order of the messages is <see cref="StatusOrderTests"/>' business; here each status must arrive once.
/// </summary>
public sealed class NotificationDeliveryTests
{
    [Fact]
    public async Task Throttling_for_three_seconds_delays_every_notification_but_loses_or_doubles_none()
    {
        await using var bot = await AuthenticatedBot.StartAsync(OrderingSettings.Fast);
        Chat[] chats = [new(bot, TestConversation.Personal()), new(bot, TestConversation.GroupChat())];
        foreach (var chat in chats)
        {
            await chat.FillOrder();
        }

        bot.Connector.AnswerAllFor(TimeSpan.FromSeconds(3), ScriptedResponse.Throttled(retryAfterSeconds: 1));
        var orderIds = new List<string>();
        foreach (var chat in chats)
        {
            orderIds.Add((await chat.Execute("order.place", OrderingChat.AcceptTerms)).OrderId!);
        }

        foreach (var chat in chats)
        {
            await chat.WaitForProactiveMessages(2, OrderingSettings.StatusDelivery);
        }

        await Task.Delay(OrderingSettings.QuietPeriod);

        // Some notification met the throttling (not necessarily each: the job may reach a later one only after the 3 s).
        Assert.Contains(bot.Connector.Requests, request => chats.Any(chat => request.IsProactivePost(chat.ConversationId)) && request.ResponseStatus == 429);
        foreach (var (chat, orderId) in chats.Zip(orderIds))
        {
            var messages = chat.ProactiveMessages();
            Assert.Equal(["DONE", "processing"], messages.Select(message => message.Status).Order(StringComparer.Ordinal));
            Assert.All(messages, message => Assert.Equal(orderId, message.OrderId));
            Assert.All(bot.Outbox(orderId), entry => Assert.Equal(OutboxState.Delivered, entry.State));
        }
    }

    [Fact]
    public async Task A_conversation_that_refuses_the_bot_is_given_up_and_the_others_still_get_their_messages()
    {
        await using var bot = await AuthenticatedBot.StartAsync(OrderingSettings.Fast);
        var blocked = new Chat(bot, TestConversation.Personal());
        var open = new Chat(bot, TestConversation.Personal());
        await blocked.FillOrder();
        await open.FillOrder();

        bot.Connector.AnswerWith(call => call.IsFor(blocked.ConversationId)
            ? ScriptedResponse.TeamsError(403, "ConversationBlockedByUser", "User blocked the conversation with the bot.")
            : null);
        var blockedOrderId = (await blocked.Execute("order.place", OrderingChat.AcceptTerms)).OrderId!;
        var openOrderId = (await open.Execute("order.place", OrderingChat.AcceptTerms)).OrderId!;

        var delivered = await open.WaitForProactiveMessages(2, OrderingSettings.StatusDelivery);
        var givenUp = await Eventually.Until(
            () => bot.Outbox(blockedOrderId),
            entries => entries.Count == 2 && entries.All(entry => entry.State == OutboxState.Undeliverable),
            OrderingSettings.StatusDelivery,
            "both notifications of the blocked conversation to be given up");
        var refused = RefusedPosts(bot, blocked);
        await Task.Delay(OrderingSettings.QuietPeriod);

        Assert.Equal(["DONE", "processing"], delivered.Select(message => message.Status).Order(StringComparer.Ordinal));
        Assert.All(bot.Outbox(openOrderId), entry => Assert.Equal(OutboxState.Delivered, entry.State));
        Assert.All(givenUp, entry => Assert.Equal(1, entry.Attempts));
        Assert.InRange(refused, 1, givenUp.Count);
        Assert.Equal(refused, RefusedPosts(bot, blocked));
        Assert.Empty(blocked.ProactiveMessages());
    }

    [Fact]
    public async Task Notifications_pending_at_a_restart_are_delivered_once_by_the_next_instance()
    {
        await using var bot = await AuthenticatedBot.StartAsync(OrderingSettings.Fast);
        var chat = new Chat(bot, TestConversation.Personal());
        await chat.FillOrder();

        bot.Connector.AnswerWith(_ => ScriptedResponse.Status(503));
        var orderId = (await chat.Execute("order.place", OrderingChat.AcceptTerms)).OrderId!;
        await Eventually.Until(
            () => bot.Outbox(orderId),
            entries => entries.Count == 2 && entries.All(entry => entry.State == OutboxState.Pending),
            OrderingSettings.StatusDelivery,
            "both status changes to be recorded and still pending");
        Assert.Contains(bot.Connector.RequestsFor(chat.ConversationId), request => request.ResponseStatus == 503);

        await bot.Host.StopAsync();
        bot.Connector.AcceptAll();
        await bot.RestartAsync();

        var messages = await chat.WaitForProactiveMessages(2, OrderingSettings.StatusDelivery);
        await Task.Delay(OrderingSettings.QuietPeriod);

        Assert.Equal(messages.Count, chat.ProactiveMessages().Count);
        Assert.Equal(["DONE", "processing"], messages.Select(message => message.Status).Order(StringComparer.Ordinal));
        Assert.All(bot.Outbox(orderId), entry => Assert.Equal(OutboxState.Delivered, entry.State));
    }

    [Fact]
    public async Task A_restart_while_the_first_status_card_is_being_updated_does_not_post_the_status_again()
    {
        await using var bot = await AuthenticatedBot.StartAsync(OrderingSettings.Fast);
        var chat = new Chat(bot, TestConversation.Personal());
        await chat.FillOrder();

        // New messages go through; changing the first status card in place is throttled.
        bot.Connector.AnswerWith(call => call.Method == "PUT" ? ScriptedResponse.Throttled(retryAfterSeconds: 5) : null);
        var orderId = (await chat.Execute("order.place", OrderingChat.AcceptTerms)).OrderId!;
        await bot.Connector.WaitForRequestsAsync(
            1, OrderingSettings.StatusDelivery, request => request.Method == "PUT" && request.IsFor(chat.ConversationId) && request.ResponseStatus == 429);

        await bot.Host.StopAsync();
        bot.Connector.AcceptAll();
        await bot.RestartAsync();

        await Eventually.Until(
            () => bot.Outbox(orderId),
            entries => entries.Count == 2 && entries.All(entry => entry.State == OutboxState.Delivered),
            OrderingSettings.StatusDelivery,
            "both notifications to be delivered");
        await Task.Delay(OrderingSettings.QuietPeriod);

        Assert.Equal(["DONE", "processing"], chat.ProactiveMessages().Select(message => message.Status).Order(StringComparer.Ordinal));
    }

    private static int RefusedPosts(ITestBot bot, Chat chat) =>
        bot.Connector.Requests.Count(request => request.IsProactivePost(chat.ConversationId) && request.ResponseStatus == 403);
}
