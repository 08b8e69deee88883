using RegistryBot.Cards;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;

namespace RegistryBot.Tests.Cards.Samples;

/// <summary>Status cards of orders at every point of the portal's life cycle, and the order list.</summary>
internal sealed class StatusCardSamples(DraftFlow flow, SampleOrders orders, StatusCards statusCards)
{
    private const string FailureReason =
        "Provisioning stopped in Germany West 1 (Cologne): no capacity for node size Medium. The provider has been notified.";

    public async Task<IReadOnlyList<BoundCard>> BuildAsync()
    {
        var completed = await flow.CompletedAsync(new SampleAnswers());
        var newCustomer = await flow.CompletedAsync(new SampleAnswers
        {
            BillingProfile = OrderDraft.NewBillingProfileId,
            BillingCompany = SampleText.CompanyOfLength(200),
            BillingAddress = SampleText.AddressOfLength(500),
            TrustedSources = SampleText.PublicSources(20),
        });
        var placedAt = SampleOrders.PlacedAt;

        return
        [
            Status("status-new", await orders.PlaceAsync(completed, placedAt)),
            Status("status-processing", await orders.ProcessingAsync(completed, placedAt)),
            Status("status-failed-ticket-here", await orders.FailedAsync(completed, placedAt, FailureReason), canRaiseTicket: true),
            Status("status-failed-ticket-on-portal", await orders.FailedAsync(completed, placedAt, FailureReason), canRaiseTicket: false),
            Status("status-done", await orders.DoneAsync(completed, placedAt)),
            Status("status-new-billing-long-names", await orders.DoneAsync(newCustomer, placedAt)),
            new("statusList-empty", "statusList", statusCards.List(new VisibleOrders([], 0), "Your orders")),
            new("statusList-ten-orders", "statusList", statusCards.List(new VisibleOrders(await TenOrdersAsync(completed, newCustomer), 37), "Orders placed in this conversation")),
        ];
    }

    private async Task<IReadOnlyList<Order>> TenOrdersAsync(OrderDraft completed, OrderDraft newCustomer)
    {
        var list = new List<Order>();
        for (var index = 0; index < 10; index++)
        {
            var draft = index % 2 == 0 ? completed : newCustomer;
            var placedAt = SampleOrders.PlacedAt.AddDays(-index);
            list.Add((index % 4) switch
            {
                0 => await orders.PlaceAsync(draft, placedAt),
                1 => await orders.ProcessingAsync(draft, placedAt),
                2 => await orders.DoneAsync(draft, placedAt),
                _ => await orders.FailedAsync(draft, placedAt, FailureReason),
            });
        }

        return list;
    }

    private BoundCard Status(string name, Order order, bool canRaiseTicket = false) =>
        new(name, "status", statusCards.Status(order, canRaiseTicket));
}
