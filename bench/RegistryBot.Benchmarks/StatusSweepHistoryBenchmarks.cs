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
/// The sweep as a bot that has run for a while sees it: 1,000 open orders (1% changed) among N
/// orders that are long DONE. Only the open ones concern the status job.
/// </summary>
[MemoryDiagnoser]
public class StatusSweepHistoryBenchmarks
{
    private const int OpenOrders = 1_000;

    private BenchmarkApp _app = null!;
    private StatusSweep _sweep = null!;
    private LiteDbStore _store = null!;
    private List<Order> _changing = null!;

    [Params(0, 100_000)]
    public int DoneOrders { get; set; }

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
        var orders = _store.Database.GetCollection<Order>(OrderSetup.CollectionName);
        const int chunk = 5_000;
        for (var start = 0; start < OpenOrders + DoneOrders; start += chunk)
        {
            orders.InsertBulk(Enumerable.Range(start, Math.Min(chunk, OpenOrders + DoneOrders - start)).Select(index => Seeded(index, now)));
        }

        _changing = Enumerable.Range(0, OpenOrders + DoneOrders)
            .Where(index => IsOpen(index) && OnePercentPortal.Changes(index))
            .Select(index => Seeded(index, now))
            .ToList();
        _store.Database.Checkpoint();
    }

    [IterationSetup]
    public void PutChangedOrdersBack()
    {
        var orders = _store.Database.GetCollection<Order>(OrderSetup.CollectionName);
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

    // The open orders are spread evenly through the id range, as the newest and the stuck ones would be.
    private bool IsOpen(int index) => index % ((OpenOrders + DoneOrders) / OpenOrders) == 0;

    private Order Seeded(int index, DateTime now)
    {
        var order = SampleOrders.Placed(index, now);
        if (!IsOpen(index))
        {
            order.StartProcessing(now);
            order.MarkDone(now);
        }

        return order;
    }
}
