using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using RegistryBot.Storage;

namespace RegistryBot.Tests.Ordering;

/// <summary>The draft and order stores of one process, on a real LiteDB file in a folder of their own.</summary>
internal sealed class OrderingStores : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("registrybot-ordering-").FullName;

    public OrderingStores()
    {
        Store = new LiteDbStore(
            Options.Create(new StorageOptions { Path = Path.Combine(_folder, "bot.db") }),
            [new DraftSetup(), new OrderSetup()],
            NullLogger<LiteDbStore>.Instance);
        Commits = new GroupCommit(Store, NullLogger<GroupCommit>.Instance);
        var gate = new DraftWriteGate();
        Drafts = new DraftStore(Store, gate, Commits, Time);
        Orders = new OrderStore(Store, gate, Commits, Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public LiteDbStore Store { get; }

    public GroupCommit Commits { get; }

    public DraftStore Drafts { get; }

    public OrderStore Orders { get; }

    /// <summary>Another process's view of the same file: nothing remembered in memory.</summary>
    public DraftStore RestartedDrafts() => new(Store, new DraftWriteGate(), Commits, Time);

    public static OrderDraft NewDraft(string id, string userId = "user") => new()
    {
        Id = id,
        OwnerKey = OrderDraft.OwnerKeyOf("conv", userId),
        ConversationId = "conv",
        TenantId = "tenant",
        UserId = userId,
        CurrentStep = "summary",
    };

    public static OrderPlacement Placement(string draftId, string userId = "user") => new(
        draftId,
        "tenant",
        userId,
        "Ada",
        new OrderConversation { ConversationId = "conv", ServiceUrl = "https://smba.trafficmanager.net/emea/" },
        new OrderChoices { ServiceType = "harbor", NodeSize = "small", StorageGb = 50, TrustedSources = ["1.2.3.4/32"], Region = "de-west-1", BillingProfileId = "BP-1" },
        "2026-01",
        null);

    public void Dispose()
    {
        Commits.Dispose();
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
