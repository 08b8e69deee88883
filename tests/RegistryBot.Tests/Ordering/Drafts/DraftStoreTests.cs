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
    private readonly DraftStore _drafts;
    private readonly OrderStore _orders;

    public DraftStoreTests()
    {
        _store = new LiteDbStore(
            Options.Create(new StorageOptions { Path = Path.Combine(_folder, "bot.db") }),
            [new DraftSetup(), new OrderSetup()],
            NullLogger<LiteDbStore>.Instance);
        _drafts = new DraftStore(_store, _gate, _time);
        _orders = new OrderStore(_store, _gate, _time);
    }

    [Fact]
    public void Finds_the_open_draft_among_the_users_placed_and_cancelled_ones()
    {
        for (var i = 0; i < 20; i++)
        {
            var closed = _drafts.OpenOrCreate("conv", "user", () => NewDraft($"DRF-{i}"));
            Assert.True(_orders.Place(Placement(closed.Id), closed.Version).Created);
        }

        var open = _drafts.OpenOrCreate("conv", "user", () => NewDraft("DRF-open"));

        Assert.Equal("DRF-open", open.Id);
        Assert.Equal("DRF-open", _drafts.FindOpen("conv", "user")?.Id);
        Assert.Null(_drafts.FindOpen("conv", "someone-else"));
    }

    [Fact]
    public void A_save_from_a_stale_copy_changes_nothing()
    {
        var draft = _drafts.OpenOrCreate("conv", "user", () => NewDraft("DRF-1"));
        var stale = _drafts.Find(draft.Id)!;

        draft.Region = "de-west-1";
        Assert.True(_drafts.TrySave(draft));
        stale.Region = "us-east-1";
        Assert.False(_drafts.TrySave(stale));

        Assert.Equal("de-west-1", _drafts.Find(draft.Id)?.Region);
    }

    [Fact]
    public void A_placed_draft_cannot_be_saved_again()
    {
        var draft = _drafts.OpenOrCreate("conv", "user", () => NewDraft("DRF-1"));
        Assert.True(_orders.Place(Placement(draft.Id), draft.Version).Created);

        draft.Region = "us-east-1";
        Assert.False(_drafts.TrySave(draft));
        Assert.Equal(DraftState.Placed, _drafts.Find(draft.Id)?.State);
    }

    [Fact]
    public void A_save_after_a_restart_compares_with_the_data_file()
    {
        var draft = _drafts.OpenOrCreate("conv", "user", () => NewDraft("DRF-1"));
        var restarted = new DraftStore(_store, new DraftWriteGate(), _time);

        var copy = restarted.Find(draft.Id)!;
        copy.Region = "de-west-1";
        Assert.True(restarted.TrySave(copy));
        Assert.False(restarted.TrySave(draft));
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static OrderDraft NewDraft(string id) => new()
    {
        Id = id,
        OwnerKey = OrderDraft.OwnerKeyOf("conv", "user"),
        ConversationId = "conv",
        TenantId = "tenant",
        UserId = "user",
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
}
