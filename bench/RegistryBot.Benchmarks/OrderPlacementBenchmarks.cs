using BenchmarkDotNet.Attributes;
using LiteDB;
using RegistryBot.Benchmarks.Infrastructure;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using RegistryBot.Storage;

namespace RegistryBot.Benchmarks;

/// <summary>
/// <c>OrderStore.Place</c>: the compare-and-set that turns an open draft into an order in one LiteDB
/// transaction; and the same followed by the durable commit the place verb waits for (one fsync of the log
/// when nothing else is waiting). Each iteration first stores the open drafts it will place.
/// </summary>
[MemoryDiagnoser]
public class OrderPlacementBenchmarks
{
    private const int PlacementsPerIteration = 256;

    private BenchmarkApp _app = null!;
    private OrderStore _orders = null!;
    private DurableCommit _durability = null!;
    private LiteDbStore _store = null!;
    private readonly Queue<OrderPlacement> _pending = new();
    private int _drafts;

    [GlobalSetup]
    public void SetUp()
    {
        _app = BenchmarkApp.Create();
        _orders = _app.Get<OrderStore>();
        _durability = _app.Get<DurableCommit>();
        _store = _app.Get<LiteDbStore>();
    }

    [IterationSetup]
    public void StoreOpenDrafts()
    {
        _pending.Clear();
        var drafts = new List<OrderDraft>(PlacementsPerIteration);
        for (var i = 0; i < PlacementsPerIteration; i++)
        {
            var draft = SampleDrafts.Complete($"DRF-{++_drafts:D10}", "summary", "bench-user-" + _drafts);
            drafts.Add(draft);
            _pending.Enqueue(SampleOrders.Placement(draft.Id, draft.UserId));
        }

        _store.Database.GetCollection<OrderDraft>(DraftSetup.CollectionName).InsertBulk(drafts);
        _store.Database.Checkpoint();
    }

    [GlobalCleanup]
    public ValueTask CleanUp() => _app.DisposeAsync();

    [Benchmark]
    [InvocationCount(PlacementsPerIteration)]
    public Task<PlacementResult> Place() => _orders.PlaceAsync(_pending.Dequeue(), expectedVersion: 0);

    [Benchmark]
    [InvocationCount(PlacementsPerIteration)]
    public async Task<bool> PlaceDurably()
    {
        await _orders.PlaceAsync(_pending.Dequeue(), expectedVersion: 0);
        return await _durability.WaitAsync();
    }
}
