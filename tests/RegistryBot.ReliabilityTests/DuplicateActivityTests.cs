using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using RegistryBot.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Plan rows 9 and 10: Teams redelivers an activity it thinks timed out (same id), and users
/// double-click (new ids). A redelivery has one effect and gets the same answer; any number of
/// "Order now" clicks on one draft make exactly one order.
/// </summary>
public sealed class DuplicateActivityTests(DuplicateActivityTests.Fixture fixture, ITestOutputHelper output) : IClassFixture<DuplicateActivityTests.Fixture>
{
    [Fact]
    public async Task A_redelivered_card_action_has_one_effect_and_the_same_answer()
    {
        var bot = fixture.Bot;
        var driver = bot.Driver(Member.Personal());
        var card = await driver.SendAsync("order");
        var before = Draft(card.DraftId!);
        var activity = ExecuteActivity(bot, driver.Member, card, "order.next", OrderForm.InputsOf("service"));

        var first = await SendAsync(bot, activity);
        var second = await SendAsync(bot, activity);

        Assert.Equal(first.RawBody, second.RawBody);
        Assert.Equal("nodeSize", CardReader.StepOf(first.Card));
        var after = Draft(card.DraftId!);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal("nodeSize", after.CurrentStep);
    }

    [Fact]
    public async Task The_same_card_action_delivered_ten_times_at_once_has_one_effect_and_one_answer()
    {
        var bot = fixture.Bot;
        var driver = bot.Driver(Member.Personal());
        var card = await driver.SendAsync("order");
        var before = Draft(card.DraftId!);
        var activity = ExecuteActivity(bot, driver.Member, card, "order.next", OrderForm.InputsOf("service"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => SendAsync(bot, activity)));

        Assert.Single(answers.Select(answer => answer.RawBody).Distinct());
        Assert.Equal(before.Version + 1, Draft(card.DraftId!).Version);
    }

    [Fact]
    public async Task A_message_delivered_three_times_at_once_is_answered_once_and_opens_one_draft()
    {
        var bot = fixture.Bot;
        var member = Member.Personal();
        var activity = bot.Activities.Message("order", member);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            using var response = await bot.PostAsync((JsonObject)activity.DeepClone(), CancellationToken.None);
            return response.StatusCode;
        }));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        await bot.Connector.WaitForAsync(request => request.ConversationId == member.ConversationId, OrderDriver.ReplyTimeout, "the reply");
        await bot.ProbeAsync();
        Assert.Single(bot.Connector.Where(request => request.ConversationId == member.ConversationId));
        Assert.Single(DraftsOf(bot, member));
    }

    [Fact]
    public async Task One_hundred_parallel_order_now_clicks_on_one_draft_make_exactly_one_order()
    {
        var bot = fixture.Bot;
        var driver = bot.Driver(Member.Personal());
        var summary = await driver.FillToSummaryAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ =>
            driver.ClickAsync(summary, "order.place", OrderForm.InputsOf("summary"))));

        var orderIds = answers.Select(answer => CardReader.OrderIdOf(answer.Card)).ToList();
        Assert.All(orderIds, Assert.NotNull);
        var orderId = Assert.Single(orderIds.Distinct());
        var orders = bot.Services.GetRequiredService<OrderStore>();
        Assert.Equal(orderId, orders.FindByDraft(summary.DraftId!)?.Id);
        var member = driver.Member;
        Assert.Equal(1, orders.Visible(member.TenantId, member.ConversationId, member.AadObjectId, personal: true, limit: 1000).Total);
        Figures.Record(output, nameof(DuplicateActivityTests), "parallel order.place clicks on one draft", answers.Length);
        Figures.Record(output, nameof(DuplicateActivityTests), "orders created by them", 1);
    }

    private static JsonObject ExecuteActivity(InProcessBot bot, Member member, ShownCard card, string verb, JsonObject inputs)
    {
        var data = (JsonObject)CardReader.Action(card.Card, verb)!["data"]!.DeepClone();
        foreach (var (id, value) in inputs)
        {
            data[id] = value?.DeepClone();
        }

        return bot.Activities.Execute(verb, data, card.MessageId, member);
    }

    private static async Task<InvokeResult> SendAsync(InProcessBot bot, JsonObject activity)
    {
        using var response = await bot.PostAsync((JsonObject)activity.DeepClone(), CancellationToken.None);
        return await OrderDriver.ReadInvokeAsync(response, CancellationToken.None);
    }

    private OrderDraft Draft(string draftId) => fixture.Bot.Services.GetRequiredService<DraftStore>().Find(draftId)!;

    private static List<OrderDraft> DraftsOf(InProcessBot bot, Member member) =>
        bot.Database.GetCollection<OrderDraft>(DraftSetup.CollectionName).Find(draft => draft.ConversationId == member.ConversationId).ToList();

    public sealed class Fixture : InProcessBotFixture;
}
