using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;
using static RegistryBot.Tests.Ordering.OrderingStores;

namespace RegistryBot.Tests.Ordering.Orders;

/// <summary>Orders handed to the portal behind the turn that placed them, with a real LiteDB file.</summary>
public sealed class OrderSubmissionsTests : IDisposable
{
    private readonly OrderingStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task A_taken_order_is_recorded_as_taken_and_orders_the_portal_fails_on_do_not_stop_the_next()
    {
        var portal = new ScriptedPortal(failOn: "DRF-first");
        var submissions = new OrderSubmissions(portal, _stores.Orders, NullLogger<OrderSubmissions>.Instance);
        var first = await PlaceAsync("first");
        var second = await PlaceAsync("second");
        await submissions.StartAsync(CancellationToken.None);

        // More failures than the service has workers: none of them may end a worker.
        Assert.All(Enumerable.Range(0, 8), _ => Assert.True(submissions.Enqueue(first)));
        Assert.True(submissions.Enqueue(second));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_stores.Orders.Find(second.Id)!.SubmittedToPortalAt is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await submissions.StopAsync(CancellationToken.None);
        Assert.NotNull(_stores.Orders.Find(second.Id)!.SubmittedToPortalAt);
        Assert.Null(_stores.Orders.Find(first.Id)!.SubmittedToPortalAt);
        Assert.Equal(9, portal.Offered.Count);
    }

    [Fact]
    public async Task Past_a_full_queue_orders_are_left_to_the_status_job_and_none_is_taken_after_stopping()
    {
        var portal = new ScriptedPortal(failOn: null);
        var submissions = new OrderSubmissions(portal, _stores.Orders, NullLogger<OrderSubmissions>.Instance);
        var order = await PlaceAsync("user");

        // Not started: nothing drains the queue.
        Assert.All(Enumerable.Range(0, 1_000), _ => Assert.True(submissions.Enqueue(order)));
        Assert.False(submissions.Enqueue(order));

        await submissions.StartAsync(CancellationToken.None);
        await submissions.StopAsync(CancellationToken.None);
        Assert.False(submissions.Enqueue(order));
    }

    private async Task<Order> PlaceAsync(string userId)
    {
        var draft = await _stores.Drafts.OpenOrCreateAsync("conv", userId, () => NewDraft("DRF-" + userId, userId));
        return (await _stores.Orders.PlaceAsync(Placement(draft.Id, userId), draft.Version)).Order!;
    }

    private sealed class ScriptedPortal(string? failOn) : IRegistryPortal
    {
        public ConcurrentBag<string> Offered { get; } = [];

        public Task<PortalSubmission> SubmitOrderAsync(Order order, CancellationToken cancellationToken)
        {
            Offered.Add(order.Id);
            return order.DraftId == failOn
                ? throw new InvalidOperationException("A defect in the portal's client.")
                : Task.FromResult(PortalSubmission.Ok);
        }

        public Task<IReadOnlyList<BillingProfile>> ListBillingProfilesAsync(string tenantId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<PortalOrderStatus>> GetStatusesAsync(IReadOnlyCollection<string> orderIds, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<PortalTicket> CreateTicketAsync(TicketRequest request, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
