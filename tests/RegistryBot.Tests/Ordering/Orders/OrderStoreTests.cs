using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using static RegistryBot.Tests.Ordering.OrderingStores;

namespace RegistryBot.Tests.Ordering.Orders;

/// <summary>Placing and submission records in a real LiteDB file, through the group commit.</summary>
public sealed class OrderStoreTests : IDisposable
{
    private readonly OrderingStores _stores = new();

    [Fact]
    public async Task Marking_an_order_submitted_sets_only_that_field_and_only_once()
    {
        var order = await PlaceAsync("user");
        var first = _stores.Time.GetUtcNow().UtcDateTime;
        var failures = new List<Exception>();

        Assert.True(await _stores.Orders.MarkSubmittedAsync(order.Id, failures.Add));
        _stores.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(await _stores.Orders.MarkSubmittedAsync(order.Id, failures.Add));

        Assert.Empty(failures);
        var stored = _stores.Orders.Find(order.Id)!;
        Assert.Equal(first, stored.SubmittedToPortalAt);
        Assert.Equal(order.Choices.Region, stored.Choices.Region);
        Assert.Equal(OrderStatus.New, stored.Status);
    }

    [Fact]
    public async Task A_placement_whose_batch_and_retry_both_failed_leaves_the_owners_draft_open()
    {
        var draft = await _stores.Drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-1"));
        using var busy = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holding = _stores.Commits.WriteAsync(_ => { busy.Set(); release.Wait(); return true; });
        Assert.True(busy.Wait(TimeSpan.FromSeconds(10)));
        var placing = _stores.Orders.PlaceAsync(Placement(draft.Id), draft.Version);

        // Another turn's write in the same batch takes the engine down with it, as a fatal I/O error does:
        // the batch rolls back after the placement ran in it, and the placement's retry alone fails too.
        var breaking = _stores.Commits.WriteAsync(database => { database.Dispose(); return true; });
        release.Set();
        await holding;

        Assert.NotNull(await Record.ExceptionAsync(() => placing));
        await Record.ExceptionAsync(() => breaking);
        _stores.Store.ReportFault(new IOException("the engine closed"));
        Assert.True(_stores.Store.TryReopen());
        Assert.Equal(draft.Id, _stores.Drafts.FindOpen("conv", "user")?.Id);
    }

    [Fact]
    public async Task Parallel_placements_of_one_draft_make_one_order()
    {
        var draft = await _stores.Drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-1", "user"));

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => _stores.Orders.PlaceAsync(Placement(draft.Id, "user"), draft.Version))));

        Assert.Single(results, result => result.Created);
        Assert.All(results, result => Assert.Equal(results.Single(r => r.Created).Order!.Id, result.Order?.Id));
        Assert.Equal(DraftState.Placed, _stores.Drafts.Find(draft.Id)?.State);
    }

    [Fact]
    public async Task Placing_a_draft_again_after_a_restart_answers_with_its_order()
    {
        var draft = await _stores.Drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-1", "user"));
        var first = await _stores.Orders.PlaceAsync(Placement(draft.Id, "user"), draft.Version);

        // Nothing remembered in memory: the placed draft and its order come from the data file.
        var restarted = new OrderStore(_stores.Store, new DraftWriteGate(), _stores.Commits, _stores.Time);
        var again = await restarted.PlaceAsync(Placement(draft.Id, "user"), draft.Version);

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.Order!.Id, again.Order?.Id);
    }

    public void Dispose() => _stores.Dispose();

    private async Task<Order> PlaceAsync(string userId)
    {
        var draft = await _stores.Drafts.OpenOrCreateAsync("conv", userId, () => NewDraft("DRF-" + userId, userId));
        return (await _stores.Orders.PlaceAsync(Placement(draft.Id, userId), draft.Version)).Order!;
    }
}
