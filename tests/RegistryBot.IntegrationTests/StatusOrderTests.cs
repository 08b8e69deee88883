using RegistryBot.IntegrationTests.Infrastructure;

namespace RegistryBot.IntegrationTests;

/// <summary>
/// The customer hears of every status in the order it happened, even when one poll of the portal finds
/// an order already past <c>processing</c> and records both changes at once.
/// </summary>
public sealed class StatusOrderTests
{
    [Theory]
    [InlineData("de-west-1", "DONE")]
    [InlineData(OrderingSettings.FailingRegion, "failed")]
    public async Task Statuses_reached_in_one_poll_are_posted_in_life_cycle_order(string region, string final)
    {
        // Processing lasts a millisecond, a poll every 200 ms: the first poll after placing finds the order finished.
        await using var bot = await AuthenticatedBot.StartAsync(
            [.. OrderingSettings.Fast, "--Portal:Simulator:ProcessingAfter=00:00:00.001", "--Portal:Simulator:CompletedAfter=00:00:00.001"]);
        var chat = new Chat(bot, TestConversation.Personal());
        await chat.PlaceOrder(new OrderForm { Region = region });

        var messages = await chat.WaitForProactiveMessages(2, OrderingSettings.StatusDelivery);

        Assert.Equal(["processing", final], messages.Select(message => message.Status));
    }
}
