using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using RegistryBot.Storage;

namespace RegistryBot.Tests.Ordering.Orders;

/// <summary>Placing and submission records in a real LiteDB file, through the group commit.</summary>
public sealed class OrderStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("registrybot-orders-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly LiteDbStore _store;
    private readonly GroupCommit _commits;
    private readonly DraftStore _drafts;
    private readonly OrderStore _orders;

    public OrderStoreTests()
    {
        _store = new LiteDbStore(
            Options.Create(new StorageOptions { Path = Path.Combine(_folder, "bot.db") }),
            [new DraftSetup(), new OrderSetup()],
            NullLogger<LiteDbStore>.Instance);
        _commits = new GroupCommit(_store, NullLogger<GroupCommit>.Instance);
        var gate = new DraftWriteGate();
        _drafts = new DraftStore(_store, gate, _commits, _time);
        _orders = new OrderStore(_store, gate, _commits, _time);
    }

    [Fact]
    public async Task Marking_an_order_submitted_sets_only_that_field_and_only_once()
    {
        var order = await PlaceAsync("user");
        var first = _time.GetUtcNow().UtcDateTime;

        await _orders.MarkSubmittedAsync(order.Id);
        _time.Advance(TimeSpan.FromMinutes(1));
        await _orders.MarkSubmittedAsync(order.Id);

        var stored = _orders.Find(order.Id)!;
        Assert.Equal(first, stored.SubmittedToPortalAt);
        Assert.Equal(order.Choices.Region, stored.Choices.Region);
        Assert.Equal(OrderStatus.New, stored.Status);
    }

    [Fact]
    public async Task Parallel_placements_of_one_draft_make_one_order()
    {
        var draft = await _drafts.OpenOrCreateAsync("conv", "user", () => NewDraft("DRF-1", "user"));

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => _orders.PlaceAsync(Placement(draft.Id, "user"), draft.Version))));

        Assert.Single(results, result => result.Created);
        Assert.All(results, result => Assert.Equal(results.Single(r => r.Created).Order!.Id, result.Order?.Id));
        Assert.Equal(DraftState.Placed, _drafts.Find(draft.Id)?.State);
    }

    public void Dispose()
    {
        _commits.Dispose();
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<Order> PlaceAsync(string userId)
    {
        var draft = await _drafts.OpenOrCreateAsync("conv", userId, () => NewDraft("DRF-" + userId, userId));
        return (await _orders.PlaceAsync(Placement(draft.Id, userId), draft.Version)).Order!;
    }

    private static OrderDraft NewDraft(string id, string userId) => new()
    {
        Id = id,
        OwnerKey = OrderDraft.OwnerKeyOf("conv", userId),
        ConversationId = "conv",
        TenantId = "tenant",
        UserId = userId,
        CurrentStep = "summary",
    };

    private static OrderPlacement Placement(string draftId, string userId) => new(
        draftId,
        "tenant",
        userId,
        "Ada",
        new OrderConversation { ConversationId = "conv", ServiceUrl = "https://smba.trafficmanager.net/emea/" },
        new OrderChoices { ServiceType = "harbor", NodeSize = "small", StorageGb = 50, TrustedSources = ["1.2.3.4/32"], Region = "de-west-1", BillingProfileId = "BP-1" },
        "2026-01",
        null);
}
