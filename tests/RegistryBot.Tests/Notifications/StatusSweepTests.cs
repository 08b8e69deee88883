using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RegistryBot.Notifications;
using RegistryBot.Ordering.Orders;
using RegistryBot.Storage;

namespace RegistryBot.Tests.Notifications;

/// <summary>
/// The sweep through the real app (built, not started) and its portal simulator: changes are
/// written a few at a time through the group commit, and every one of them must arrive whole.
/// </summary>
public sealed class StatusSweepTests : IAsyncLifetime
{
    private const int OrderCount = 21;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("registrybot-sweep-");
    private WebApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = RegistryBotApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Storage:Path=" + Path.Combine(_folder.FullName, "registrybot.db"),
            "--Portal:Simulator:ProcessingAfter=00:00:00",
            "--Portal:Simulator:CompletedAfter=00:00:00",
        ]);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_sweep_records_every_change_of_many_orders_with_one_outbox_entry_per_status()
    {
        var store = _app.Services.GetRequiredService<LiteDbStore>();
        var orders = store.Database.GetCollection<Order>(OrderSetup.CollectionName);
        var placed = Enumerable.Range(0, OrderCount).Select(Placed).ToList();
        orders.InsertBulk(placed);

        var changes = await _app.Services.GetRequiredService<StatusSweep>().RunAsync(CancellationToken.None);

        Assert.Equal(OrderCount, changes);
        var outbox = store.Database.GetCollection<OutboxEntry>(OutboxSetup.CollectionName).FindAll().ToList();
        foreach (var order in placed)
        {
            var recorded = orders.FindById(order.Id);
            Assert.Equal(OrderStatus.Done, recorded.Status);
            Assert.Equal([OrderStatus.New, OrderStatus.Processing, OrderStatus.Done], recorded.History.Select(change => change.Status));
            Assert.NotNull(recorded.SubmittedToPortalAt);
            Assert.Equal(
                [OrderStatus.Done, OrderStatus.Processing],
                outbox.Where(entry => entry.OrderId == order.Id).Select(entry => entry.Status).Order(StringComparer.Ordinal));
        }

        Assert.Equal(0, await _app.Services.GetRequiredService<StatusSweep>().RunAsync(CancellationToken.None));
        Assert.Equal(2 * OrderCount, store.Database.GetCollection<OutboxEntry>(OutboxSetup.CollectionName).Count());
    }

    private static Order Placed(int index) => Order.Place(
        $"ORD-SWEEP{index:D5}",
        new OrderPlacement(
            $"DRF-sweep-{index}", "tenant", "user", "User",
            new OrderConversation { ConversationId = $"c-{index}", ConversationType = "personal", ServiceUrl = "https://smba.example/", ChannelId = "msteams", BotId = "28:b", BotName = "b" },
            new OrderChoices
            {
                ServiceType = "harbor", NodeSize = "small", StorageGb = 50, TrustedSources = ["1.2.3.4/32"], Region = "de-west-2",
                BillingProfileId = "BP-1001",
                BillingProfileName = "Main account",
            },
            "v1",
            "1"),
        DateTime.UtcNow);
}
