using RegistryBot.Ordering.Drafts;
using static RegistryBot.Tests.Ordering.OrderingStores;

namespace RegistryBot.Tests.Ordering.Drafts;

/// <summary>Drafts in a real LiteDB file: the open one is found among many closed, and saves stay compare-and-set.</summary>
public sealed class DraftStoreTests : IDisposable
{
    private readonly OrderingStores _stores = new();

    [Fact]
    public async Task Of_two_saves_from_the_same_version_at_once_only_one_succeeds()
    {
        var bothSaved = 0;
        for (var round = 0; round < 200; round++)
        {
            var user = $"user-{round}";
            var draft = await _stores.Drafts.OpenOrCreateAsync("conv", user, () => NewDraft($"DRF-{round}", user));
            var mine = _stores.Drafts.Find(draft.Id)!;
            var theirs = _stores.Drafts.Find(draft.Id)!;
            mine.Region = "de-west-1";
            theirs.Region = "us-east-1";
            using var start = new Barrier(2);
            var first = Task.Run(() => { start.SignalAndWait(); return _stores.Drafts.TrySaveAsync(mine); });
            var second = Task.Run(() => { start.SignalAndWait(); return _stores.Drafts.TrySaveAsync(theirs); });
            if (await first && await second)
            {
                bothSaved++;
            }
        }

        Assert.Equal(0, bothSaved);
    }

    [Fact]
    public async Task Finds_the_open_draft_among_the_users_placed_ones()
    {
        for (var i = 0; i < 20; i++)
        {
            var closed = await _stores.Drafts.OpenOrCreateAsync("conv", "user", () => NewDraft($"DRF-{i}"));
            Assert.True((await _stores.Orders.PlaceAsync(Placement(closed.Id), closed.Version)).Created);
        }

        var open = await _stores.Drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-open"));

        Assert.Equal("DRF-open", open.Id);
        Assert.Equal("DRF-open", _stores.Drafts.FindOpen("conv", "user")?.Id);
        Assert.Null(_stores.Drafts.FindOpen("conv", "someone-else"));
    }

    [Fact]
    public async Task After_a_cancel_the_next_order_opens_a_new_draft_and_a_restarted_store_agrees()
    {
        var first = await _stores.Drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-1"));
        first.State = DraftState.Cancelled;
        Assert.True(await _stores.Drafts.TrySaveAsync(first));
        Assert.Null(_stores.Drafts.FindOpen("conv", "user"));

        var second = await _stores.Drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-2"));

        Assert.Equal("DRF-2", second.Id);
        Assert.Equal("DRF-2", _stores.Drafts.FindOpen("conv", "user")?.Id);
        Assert.Equal("DRF-2", _stores.RestartedDrafts().FindOpen("conv", "user")?.Id);
    }

    [Fact]
    public async Task A_save_from_a_stale_copy_changes_nothing()
    {
        var draft = await _stores.Drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-1"));
        var stale = _stores.Drafts.Find(draft.Id)!;

        draft.Region = "de-west-1";
        Assert.True(await _stores.Drafts.TrySaveAsync(draft));
        stale.Region = "us-east-1";
        Assert.False(await _stores.Drafts.TrySaveAsync(stale));

        Assert.Equal("de-west-1", _stores.Drafts.Find(draft.Id)?.Region);
    }

    [Fact]
    public async Task A_placed_draft_cannot_be_saved_again()
    {
        var draft = await _stores.Drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-1"));
        Assert.True((await _stores.Orders.PlaceAsync(Placement(draft.Id), draft.Version)).Created);

        draft.Region = "us-east-1";
        Assert.False(await _stores.Drafts.TrySaveAsync(draft));
        Assert.Equal(DraftState.Placed, _stores.Drafts.Find(draft.Id)?.State);
    }

    [Fact]
    public async Task A_save_after_a_restart_compares_with_the_data_file()
    {
        var draft = await _stores.Drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-1"));
        var restarted = _stores.RestartedDrafts();

        var copy = restarted.Find(draft.Id)!;
        copy.Region = "de-west-1";
        Assert.True(await restarted.TrySaveAsync(copy));
        Assert.False(await restarted.TrySaveAsync(draft));
    }

    [Fact]
    public async Task Concurrent_saves_of_different_drafts_share_commits_and_all_land()
    {
        var drafts = new List<OrderDraft>();
        for (var i = 0; i < 50; i++)
        {
            var user = $"user-{i}";
            drafts.Add(await _stores.Drafts.OpenOrCreateAsync("conv", user, () => NewDraft($"DRF-{i}", user)));
        }

        drafts.ForEach(draft => draft.Region = "de-west-1");

        var saved = await Task.WhenAll(drafts.Select(draft => Task.Run(() => _stores.Drafts.TrySaveAsync(draft))));

        Assert.All(saved, Assert.True);
        Assert.All(drafts, draft => Assert.Equal(("de-west-1", 1), RegionAndVersionInFile(draft.Id)));
    }

    public void Dispose() => _stores.Dispose();

    // Straight from the data file, past anything the store under test remembers.
    private (string?, int) RegionAndVersionInFile(string draftId)
    {
        var document = _stores.Store.Database.GetCollection(DraftSetup.CollectionName).FindById(draftId);
        return (document["Region"].AsString, document["Version"].AsInt32);
    }
}
