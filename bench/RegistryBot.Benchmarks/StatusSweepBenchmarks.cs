using BenchmarkDotNet.Attributes;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using RegistryBot.Benchmarks.Infrastructure;
using RegistryBot.Notifications;
using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;
using RegistryBot.Storage;

namespace RegistryBot.Benchmarks;

/// <summary>
/// One run of the status job's sweep (<c>StatusSweep.RunAsync</c>) over N open orders of which the
/// portal reports 1% changed: the batched reads, the portal call, and the changes with their outbox
/// entries, a few per write through the group commit. Before each iteration the changed orders are put back to <c>new</c>.
/// </summary>
[MemoryDiagnoser]
public class StatusSweepBenchmarks
{
    private BenchmarkApp _app = null!;
    private StatusSweep _sweep = null!;
    private LiteDbStore _store = null!;
    private List<Order> _changing = null!;

    [Params(1_000, 10_000, 100_000)]
    public int OpenOrders { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        _app = BenchmarkApp.Create(services =>
        {
            services.AddSingleton<OnePercentPortal>();
            services.AddSingleton<IRegistryPortal>(provider => provider.GetRequiredService<OnePercentPortal>());
        });
        _sweep = _app.Get<StatusSweep>();
        _store = _app.Get<LiteDbStore>();

        var now = DateTime.UtcNow;
        var orders = Orders();
        const int chunk = 5_000;
        for (var start = 0; start < OpenOrders; start += chunk)
        {
            orders.InsertBulk(Enumerable.Range(start, Math.Min(chunk, OpenOrders - start)).Select(index => SampleOrders.Placed(index, now)));
        }

        _changing = Enumerable.Range(0, OpenOrders).Where(OnePercentPortal.Changes).Select(index => SampleOrders.Placed(index, now)).ToList();
        _store.Database.Checkpoint();
    }

    [IterationSetup]
    public void PutChangedOrdersBack()
    {
        var orders = Orders();
        foreach (var order in _changing)
        {
            orders.Update(order);
        }

        _store.Database.GetCollection<OutboxEntry>(OutboxSetup.CollectionName).DeleteAll();
        _store.Database.Checkpoint();
    }

    [GlobalCleanup]
    public ValueTask CleanUp() => _app.DisposeAsync();

    [Benchmark]
    [InvocationCount(1)]
    public Task<int> Sweep() => _sweep.RunAsync(CancellationToken.None);

    private ILiteCollection<Order> Orders() => _store.Database.GetCollection<Order>(OrderSetup.CollectionName);
}
