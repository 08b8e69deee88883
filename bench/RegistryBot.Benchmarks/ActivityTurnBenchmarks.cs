using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RegistryBot.Benchmarks.Infrastructure;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Benchmarks;

/// <summary>
/// Inbound activities through <c>ActivityEndpoint</c> in-process: parsing, deduplication, the
/// conversation reference, dispatch, the card, the stored draft and the serialised answer. The
/// connector is a no-op; logging is at Warning. Per-turn figures: OperationsPerInvoke divides.
/// </summary>
[MemoryDiagnoser]
public class ActivityTurnBenchmarks
{
    private const string SteadyConversation = "bench-steady";

    private static readonly ActivityBody Back = ActivityBody.Invoke("order.back", "nodeSize");

    private BenchmarkApp _app = null!;
    private EndpointClient _client = null!;
    private byte[] _invokeBody = null!;
    private string _steadyDraftId = null!;
    private int _orders;

    [GlobalSetup]
    public async Task SetUp()
    {
        _app = BenchmarkApp.Create();
        _client = new EndpointClient(_app);
        await _client.PostAsync(OrderTurns.Order, SteadyConversation);
        _steadyDraftId = _client.LastDraftId();
        _invokeBody = OrderTurns.Invokes[0].Render(1, SteadyConversation, _steadyDraftId);
    }

    [GlobalCleanup]
    public ValueTask CleanUp() => _app.DisposeAsync();

    [Benchmark]
    public Activity? DeserializeInvoke() => JsonSerializer.Deserialize(_invokeBody, TeamsJsonContext.Default.Activity);

    /// <summary><c>order</c> with a draft open at the first step: its card again, posted to the connector.</summary>
    [Benchmark]
    public Task<int> OrderMessage() => _client.PostAsync(OrderTurns.Order, SteadyConversation);

    /// <summary><c>order.next</c> from the first step, then <c>order.back</c> to it: two saved turns.</summary>
    [Benchmark(OperationsPerInvoke = 2)]
    public async Task<int> NextThenBack()
    {
        await _client.PostAsync(OrderTurns.Invokes[0], SteadyConversation, _steadyDraftId);
        return await _client.PostAsync(Back, SteadyConversation, _steadyDraftId);
    }

    /// <summary>All eight turns of a new order in a new conversation, the durable placement included.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public async Task<int> CompleteOrder()
    {
        var conversation = "bench-order-" + ++_orders;
        await _client.PostAsync(OrderTurns.Order, conversation);
        var draftId = _client.LastDraftId();
        var status = 0;
        foreach (var invoke in OrderTurns.Invokes)
        {
            status = await _client.PostAsync(invoke, conversation, draftId);
        }

        return status;
    }
}
