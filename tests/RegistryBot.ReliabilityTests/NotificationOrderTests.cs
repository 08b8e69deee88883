using RegistryBot.ReliabilityTests.Infrastructure;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// When one status poll finds an order already past <c>processing</c> (the poll missed that phase, or
/// the bot was down), the sweep records both statuses at once; the customer must still hear them in
/// the order they happened. The simulator here completes orders at once, so the first poll sees DONE.
/// </summary>
public sealed class NotificationOrderTests(NotificationOrderTests.Fixture fixture) : IClassFixture<NotificationOrderTests.Fixture>
{
    [Fact]
    public async Task Statuses_found_in_one_poll_reach_the_chat_in_the_order_they_happened()
    {
        var bot = fixture.Bot;
        var member = Member.Personal();
        var orderId = (await bot.Driver(member).PlaceOrderAsync()).OrderId!;

        await bot.Connector.WaitUntilAsync(
            _ => bot.Connector.StoredNotifications() is var stored && stored.ContainsKey((orderId, "processing")) && stored.ContainsKey((orderId, "DONE")),
            TimeSpan.FromSeconds(20),
            "both notifications");

        var processing = bot.Connector.Where(request => request.Stored && request.Notification == (orderId, "processing")).Single();
        var done = bot.Connector.Where(request => request.Stored && request.Notification == (orderId, "DONE")).Single();
        Assert.True(processing.ReceivedAt < done.ReceivedAt, $"DONE reached the chat before processing:\n{done}\n{processing}");
    }

    public sealed class Fixture : InProcessBotFixture
    {
        protected override string[] Settings =>
        [
            .. base.Settings,
            "--StatusPolling:Interval=00:00:00.200",
            "--Portal:Simulator:ProcessingAfter=00:00:00",
            "--Portal:Simulator:CompletedAfter=00:00:00",
        ];
    }
}
