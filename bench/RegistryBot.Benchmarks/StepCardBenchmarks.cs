using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using RegistryBot.Benchmarks.Infrastructure;
using RegistryBot.Conversations.Waterfall;
using RegistryBot.Ordering.Drafts;

namespace RegistryBot.Benchmarks;

/// <summary>One step's card: its data, bound to its template (<c>StepCardRenderer.RenderAsync</c>), and that card as UTF-8 JSON.</summary>
[MemoryDiagnoser]
public class StepCardBenchmarks
{
    private BenchmarkApp _app = null!;
    private StepCardRenderer _renderer = null!;
    private OrderDraft _draft = null!;

    [Params("service", "nodeSize", "storage", "trustedSources", "region", "billing", "newBilling", "summary")]
    public string Step { get; set; } = "service";

    [GlobalSetup]
    public void SetUp()
    {
        _app = BenchmarkApp.Create();
        _renderer = _app.Get<StepCardRenderer>();
        _draft = SampleDrafts.Complete("DRF-bench", Step);
    }

    [GlobalCleanup]
    public ValueTask CleanUp() => _app.DisposeAsync();

    [Benchmark]
    public Task<JsonObject> Render() => _renderer.RenderAsync(_draft, null, [], CancellationToken.None);

    [Benchmark]
    public async Task<byte[]> RenderAndSerialize() =>
        JsonSerializer.SerializeToUtf8Bytes(await _renderer.RenderAsync(_draft, null, [], CancellationToken.None));
}
