using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using RegistryBot.Storage;

namespace RegistryBot.Tests.Ordering.Drafts;

/// <summary>Drafts in a real LiteDB file: the open one is found among many closed, and saves stay compare-and-set.</summary>
public sealed class DraftStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("registrybot-drafts-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly DraftWriteGate _gate = new();
    private readonly LiteDbStore _store;
    private readonly GroupCommit _commits;
    private readonly DraftStore _drafts;
    private readonly OrderStore _orders;

    public DraftStoreTests()
    {
        _store = new LiteDbStore(
            Options.Create(new StorageOptions { Path = Path.Combine(_folder, "bot.db") }),
            [new DraftSetup(), new OrderSetup()],
            NullLogger<LiteDbStore>.Instance);
        _commits = new GroupCommit(_store, NullLogger<GroupCommit>.Instance);
        _drafts = new DraftStore(_store, _gate, _commits, _time);
        _orders = new OrderStore(_store, _gate, _commits, _time);
    }

    [Fact]
    public async Task Finds_the_open_draft_among_the_users_placed_ones()
    {
        for (var i = 0; i < 20; i++)
        {
            var closed = await _drafts.OpenOrCreateAsync("conv", "user", () => NewDraft($"DRF-{i}"));
            Assert.True((await _orders.PlaceAsync(Placement(closed.Id), closed.Version)).Created);
        }

        var open = await _drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-open"));

        Assert.Equal("DRF-open", open.Id);
        Assert.Equal("DRF-open", _drafts.FindOpen("conv", "user")?.Id);
        Assert.Null(_drafts.FindOpen("conv", "someone-else"));
    }

    [Fact]
    public async Task After_a_cancel_the_next_order_opens_a_new_draft_and_a_restarted_store_agrees()
    {
        var first = await _drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-1"));
        first.State = DraftState.Cancelled;
        Assert.True(await _drafts.TrySaveAsync(first));
        Assert.Null(_drafts.FindOpen("conv", "user"));

        var second = await _drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-2"));

        Assert.Equal("DRF-2", second.Id);
        Assert.Equal("DRF-2", _drafts.FindOpen("conv", "user")?.Id);
        Assert.Equal("DRF-2", new DraftStore(_store, new DraftWriteGate(), _commits, _time).FindOpen("conv", "user")?.Id);
    }

    [Fact]
    public async Task A_save_from_a_stale_copy_changes_nothing()
    {
        var draft = await _drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-1"));
        var stale = _drafts.Find(draft.Id)!;

        draft.Region = "de-west-1";
        Assert.True(await _drafts.TrySaveAsync(draft));
        stale.Region = "us-east-1";
        Assert.False(await _drafts.TrySaveAsync(stale));

        Assert.Equal("de-west-1", _drafts.Find(draft.Id)?.Region);
    }

    [Fact]
    public async Task A_placed_draft_cannot_be_saved_again()
    {
        var draft = await _drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-1"));
        Assert.True((await _orders.PlaceAsync(Placement(draft.Id), draft.Version)).Created);

        draft.Region = "us-east-1";
        Assert.False(await _drafts.TrySaveAsync(draft));
        Assert.Equal(DraftState.Placed, _drafts.Find(draft.Id)?.State);
    }

    [Fact]
    public async Task A_save_after_a_restart_compares_with_the_data_file()
    {
        var draft = await _drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-1"));
        var restarted = new DraftStore(_store, new DraftWriteGate(), _commits, _time);

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
            drafts.Add(await _drafts.OpenOrCreateAsync("conv", user, () => NewDraft($"DRF-{i}", user)));
        }

        drafts.ForEach(draft => draft.Region = "de-west-1");

        var saved = await Task.WhenAll(drafts.Select(draft => Task.Run(() => _drafts.TrySaveAsync(draft))));

        Assert.All(saved, Assert.True);
        Assert.All(drafts, draft => Assert.Equal(("de-west-1", 1), RegionAndVersionInFile(draft.Id)));
    }

    public void Dispose()
    {
        _commits.Dispose();
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static OrderDraft NewDraft(string id, string userId = "user") => new()
    {
        Id = id,
        OwnerKey = OrderDraft.OwnerKeyOf("conv", userId),
        ConversationId = "conv",
        TenantId = "tenant",
        UserId = userId,
        CurrentStep = "summary",
    };

    private static OrderPlacement Placement(string draftId) => new(
        draftId,
        "tenant",
        "user",
        "Ada",
        new OrderConversation { ConversationId = "conv", ServiceUrl = "https://smba.trafficmanager.net/emea/" },
        new OrderChoices { ServiceType = "harbor", NodeSize = "small", StorageGb = 50, TrustedSources = ["1.2.3.4/32"], Region = "de-west-1", BillingProfileId = "BP-1" },
        "2026-01",
        null);

    // Straight from the data file, past anything the store under test remembers.
    private (string?, int) RegionAndVersionInFile(string draftId)
    {
        var document = _store.Database.GetCollection(DraftSetup.CollectionName).FindById(draftId);
        return (document["Region"].AsString, document["Version"].AsInt32);
    }
}
