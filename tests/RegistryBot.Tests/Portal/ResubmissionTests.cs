using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegistryBot.Ordering.Orders;
using RegistryBot.Storage;

namespace RegistryBot.Tests.Portal;

/// <summary>An order offered to the portal again, by the status job after a lost answer, is the same order to it.</summary>
public sealed class ResubmissionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("registrybot-resubmit-").FullName;

    [Fact]
    public async Task The_status_job_offers_a_stored_order_with_the_same_content_the_turn_first_sent()
    {
        await using var harness = await PortalHarness.StartAsync();
        // As OrderStore.PlaceAsync stamps it: the system clock, to the tick.
        var placed = SampleOrders.Placed();
        placed.PlacedAt = new DateTime(2026, 11, 25, 12, 30, 0, DateTimeKind.Utc).AddTicks(1_234_567);

        // The turn submits the order it holds in memory ...
        await harness.Portal.SubmitOrderAsync(placed, CancellationToken.None);

        // ... the status job re-offers the order as stored (its answer was lost, or MarkSubmitted not yet written).
        Order stored;
        using (var store = new LiteDbStore(Options.Create(new StorageOptions { Path = Path.Combine(_folder, "bot.db") }), [new OrderSetup()], NullLogger<LiteDbStore>.Instance))
        {
            var orders = store.Database.GetCollection<Order>(OrderSetup.CollectionName);
            orders.Insert(placed);
            stored = orders.FindById(placed.Id);
        }

        await harness.Portal.SubmitOrderAsync(stored, CancellationToken.None);

        var bodies = harness.Fake.Requests(FakePortal.OrdersRoute).Select(request => request.Json()["placedAt"]!.GetValue<string>()).ToList();
        // The portal answers 409 to "the same orderId with different content", which the bot takes for a refusal and fails the order.
        Assert.Equal(bodies[0], bodies[1]);
    }

    [Fact]
    public async Task A_409_to_a_repeated_submission_is_not_a_refused_order()
    {
        await using var harness = await PortalHarness.StartAsync();
        harness.Fake.Script(FakePortal.OrdersRoute, FakeAnswer.Problem(409, "Idempotency key reused", "Order ORD-1001 was already submitted with different choices."));

        var submission = await harness.Portal.SubmitOrderAsync(SampleOrders.Placed(), CancellationToken.None);

        // The portal has this order id: StatusSweep must not turn it into 'failed'.
        Assert.True(submission.Accepted);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
