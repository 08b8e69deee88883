using Microsoft.Extensions.DependencyInjection;
using RegistryBot.IntegrationTests.Infrastructure;
using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;
using RegistryBot.Portal.Simulator;

namespace RegistryBot.IntegrationTests;

/// <summary>
/// The portal unreachable while a user is on the order cards (the billing step lists the tenant's
/// profiles from it): the card action gets a clear error, the draft stays where it was, and the same
/// card goes on once the portal is back.
/// </summary>
public sealed class PortalOutageTests
{
    [Fact]
    public async Task Next_on_the_region_card_while_the_portal_is_down_is_refused_clearly_and_stores_nothing()
    {
        var outage = new Outage();
        await using var bot = await StartAsync(outage);
        var chat = new Chat(bot, TestConversation.Personal());
        var region = await chat.FillOrder(until: "region");
        var stored = bot.DraftSnapshot(region.DraftId);
        var inputs = new Dictionary<string, string> { ["region"] = "de-west-1" };

        outage.Down = true;
        var refused = await chat.Click(region, "order.next", inputs);

        Assert.Equal((503, InvokeAnswer.ErrorType, "PortalUnavailable"), (refused.StatusCode, refused.Type, (string?)refused.Value?["code"]));
        Assert.Contains("try again", (string?)refused.Value?["message"], StringComparison.Ordinal);
        Assert.Equal(stored, bot.DraftSnapshot(region.DraftId));

        outage.Down = false;
        var billing = await chat.Execute(region, "order.next", inputs);

        Assert.Equal("billing", billing.Step);
        Assert.Equal("de-west-1", bot.Draft(region.DraftId).Region);
    }

    [Fact]
    public async Task Typing_order_while_the_portal_is_down_on_the_billing_step_gets_a_clear_answer()
    {
        var outage = new Outage();
        await using var bot = await StartAsync(outage);
        var chat = new Chat(bot, TestConversation.Personal());
        await chat.FillOrder(until: "billing");

        outage.Down = true;
        var activity = bot.Activities.Message("order", chat.Member);
        using (var response = await bot.SendAsync(activity))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        var replies = await bot.Connector.WaitForRequestsAsync(
            1, TestTimeouts.Reply, request => request.IsReplyTo(chat.ConversationId, (string)activity["id"]!) && request.Succeeded);
        var text = (string?)Assert.Single(replies).Body?["text"];
        Assert.Contains("cannot be reached right now", text, StringComparison.Ordinal);
    }

    private static Task<AuthenticatedBot> StartAsync(Outage outage) =>
        AuthenticatedBot.StartAsync(
            services => services.AddSingleton<IRegistryPortal>(provider => new BillingProfilesDuring(outage, provider.GetRequiredService<SimulatedPortal>())),
            OrderingSettings.Fast);

    private sealed class Outage
    {
        public volatile bool Down;
    }

    private sealed class BillingProfilesDuring(Outage outage, IRegistryPortal inner) : IRegistryPortal
    {
        public Task<IReadOnlyList<BillingProfile>> ListBillingProfilesAsync(string tenantId, CancellationToken cancellationToken) =>
            outage.Down
                ? throw new PortalUnavailableException("The portal answered 503 to list billing profiles")
                : inner.ListBillingProfilesAsync(tenantId, cancellationToken);

        public Task<PortalSubmission> SubmitOrderAsync(Order order, CancellationToken cancellationToken) => inner.SubmitOrderAsync(order, cancellationToken);

        public Task<IReadOnlyList<PortalOrderStatus>> GetStatusesAsync(IReadOnlyCollection<string> orderIds, CancellationToken cancellationToken) =>
            inner.GetStatusesAsync(orderIds, cancellationToken);

        public Task<PortalTicket> CreateTicketAsync(TicketRequest request, CancellationToken cancellationToken) => inner.CreateTicketAsync(request, cancellationToken);
    }
}
