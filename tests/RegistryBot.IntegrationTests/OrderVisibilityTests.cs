using System.Text.Json.Nodes;
using RegistryBot.IntegrationTests.Infrastructure;

namespace RegistryBot.IntegrationTests;

/// <summary>
/// Who sees what: an order is invisible to another user's personal chat and to every other tenant, and
/// asking about it gets exactly the answer an order id that does not exist gets, so nothing leaks.
/// </summary>
public sealed class OrderVisibilityTests(OrderingBotFixture fixture) : IClassFixture<OrderingBotFixture>
{
    /// <summary>Well formed, never issued.</summary>
    private const string UnknownOrderId = "ORD-ZZZZZZZZZZ";

    private AuthenticatedBot Bot => fixture.Bot;

    public static TheoryData<string> Outsiders => ["another user, personal chat", "another tenant, personal chat", "the same user id in another tenant"];

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task An_order_is_invisible_outside_the_placers_chat_and_tenant(string who)
    {
        var owner = new Chat(Bot, TestConversation.Personal());
        var orderId = (await owner.PlaceOrder()).OrderId!;
        var outsider = new Chat(Bot, who switch
        {
            "another user, personal chat" => TestConversation.Personal(),
            "another tenant, personal chat" => TestConversation.PersonalInOtherTenant(),
            _ => TestConversation.PersonalInOtherTenant() with { UserId = owner.Member.UserId, UserAadObjectId = owner.Member.UserAadObjectId },
        });

        var list = await outsider.Send("status");
        Assert.False(list.Says(orderId), $"The order is listed to {who}. {list.Describe()}");

        await AssertSameAsUnknownAsync(orderId, id => outsider.Send($"status {id}"));
        await AssertSameAsUnknownAsync(orderId, id => outsider.Send($"ticket {id}"));
        await AssertSameAsUnknownAsync(orderId, async id => (await outsider.Invoke("status.refresh", new JsonObject { ["orderId"] = id })).Card);
        await AssertSameAsUnknownAsync(orderId, async id => (await outsider.Invoke("ticket.open", new JsonObject { ["orderId"] = id })).Card);
        await AssertSameAsUnknownAsync(orderId, async id => (await outsider.Invoke("ticket.submit", new JsonObject
        {
            ["orderId"] = id,
            ["requestId"] = $"TRQ-{Guid.NewGuid():N}",
            ["ticketDescription"] = "Let me in.",
        })).Card);
        Assert.Empty(Bot.SimulatorTickets(orderId));

        var own = await owner.Send($"status {orderId}");
        Assert.Equal(orderId, own.OrderId);
    }

    [Fact]
    public async Task In_a_group_chat_every_member_sees_the_orders_placed_there_and_only_there()
    {
        var group = TestConversation.GroupChat();
        var ada = new Chat(Bot, group);
        var orderId = (await ada.PlaceOrder()).OrderId!;
        var grace = new Chat(Bot, group.AnotherMember());

        Assert.True((await grace.Send("status")).Says(orderId), "A member of the group chat does not see the order placed there.");
        Assert.Equal(orderId, (await grace.Send($"status {orderId}")).OrderId);

        var elsewhere = new Chat(Bot, TestConversation.GroupChat() with { UserId = group.UserId, UserAadObjectId = group.UserAadObjectId });
        await AssertSameAsUnknownAsync(orderId, id => elsewhere.Send($"status {id}"));
        var gracesOwn = new Chat(Bot, TestConversation.Personal() with { UserId = grace.Member.UserId, UserAadObjectId = grace.Member.UserAadObjectId });
        await AssertSameAsUnknownAsync(orderId, id => gracesOwn.Send($"status {id}"));
        var adasOwn = new Chat(Bot, TestConversation.Personal() with { UserId = group.UserId, UserAadObjectId = group.UserAadObjectId });
        Assert.Equal(orderId, (await adasOwn.Send($"status {orderId}")).OrderId);
    }

    [Fact]
    public async Task In_a_channel_the_orders_placed_in_any_of_its_threads_are_seen_from_every_thread_and_nowhere_else()
    {
        var channel = TestConversation.NewChannelId();
        var ada = new Chat(Bot, TestConversation.ChannelThread(channel));
        var orderId = (await ada.PlaceOrder()).OrderId!;
        var grace = new Chat(Bot, TestConversation.ChannelThread(channel).AnotherMember());

        Assert.True((await grace.Send("status")).Says(orderId), "A member of the channel does not see, from another thread, the order placed in it.");
        Assert.Equal(orderId, (await grace.Send($"status {orderId}")).OrderId);
        Assert.Equal(orderId, (await grace.Invoke("status.refresh", new JsonObject { ["orderId"] = orderId })).Card.OrderId);

        var otherChannel = new Chat(Bot, TestConversation.ChannelThread(TestConversation.NewChannelId()) with { UserId = ada.Member.UserId, UserAadObjectId = ada.Member.UserAadObjectId });
        Assert.False((await otherChannel.Send("status")).Says(orderId), "The order is listed in another channel.");
        await AssertSameAsUnknownAsync(orderId, id => otherChannel.Send($"status {id}"));
    }

    /// <summary>The answer about <paramref name="orderId"/> is the answer about an unknown id, word for word but for the id.</summary>
    private static async Task AssertSameAsUnknownAsync(string orderId, Func<string, Task<BotCard>> ask)
    {
        var answer = await ask(orderId);
        var unknown = await ask(UnknownOrderId);

        Assert.Null(answer.OrderId);
        Assert.Equal(
            unknown.Lines.Select(line => line.Replace(UnknownOrderId, "<id>", StringComparison.Ordinal)),
            answer.Lines.Select(line => line.Replace(orderId, "<id>", StringComparison.Ordinal)));
        Assert.Equal(unknown.Actions.Count, answer.Actions.Count);
    }
}
