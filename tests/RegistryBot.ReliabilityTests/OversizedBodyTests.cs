using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RegistryBot.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Plan row 17: bodies far over the endpoint's limit (256 KiB by default) and absurdly deep JSON,
/// each sent with a valid token so that the body is what gets judged. Refused with 413 while
/// reading (or 400 at the JSON reader's depth limit of 64), the app never sees an activity, and the
/// bot's memory stays flat: the body is never held whole.
/// </summary>
public sealed class OversizedBodyTests(OversizedBodyTests.Fixture fixture, ITestOutputHelper output) : IClassFixture<OversizedBodyTests.Fixture>
{
    private const long MiB = 1024 * 1024;
    private const long AllowedGrowth = 50 * MiB;

    [Theory]
    [InlineData(2, true)]
    [InlineData(2, false)]
    [InlineData(30, true)]
    [InlineData(30, false)]
    public async Task A_body_over_the_limit_is_refused_with_413_and_memory_stays_flat(int mebibytes, bool announceLength)
    {
        var bot = fixture.Bot;
        var member = Member.Personal();
        var activity = bot.Activities.Message("order", member).ToJsonString();
        var handled = bot.Handler.Calls;

        using var memory = MemoryWatch.Start();
        var (status, sent) = await RawHttpUpload.PostAsync(
            bot.BaseAddress, "/api/messages", bot.Tokens.BearerFor(bot.Activities.ServiceUrl), activity, mebibytes * MiB, chunked: !announceLength);
        var (managedGrowth, workingSetGrowth) = memory.Stop();

        Assert.Equal(413, status);
        Assert.Equal(handled, bot.Handler.Calls);
        Assert.Null(bot.References.Find(member.ConversationId));
        Assert.True(managedGrowth < AllowedGrowth, $"The managed heap grew by {managedGrowth / MiB} MiB at its peak.");
        Assert.True(workingSetGrowth < AllowedGrowth, $"The working set grew by {workingSetGrowth / MiB} MiB at its peak.");
        var label = $"{mebibytes} MiB {(announceLength ? "with Content-Length" : "chunked")}";
        Figures.Record(output, nameof(OversizedBodyTests), $"{label}: status", status);
        Figures.Record(output, nameof(OversizedBodyTests), $"{label}: bytes the client had sent when the answer came", sent);
        Figures.Record(output, nameof(OversizedBodyTests), $"{label}: peak managed heap growth, KiB", managedGrowth / 1024);
        Figures.Record(output, nameof(OversizedBodyTests), $"{label}: peak working set growth, KiB", workingSetGrowth / 1024);
    }

    [Theory]
    [InlineData("array", 10_000)]
    [InlineData("object", 10_000)]
    [InlineData("array in an unknown field", 10_000)]
    public async Task Deeply_nested_json_is_refused_with_400_at_the_readers_depth_limit(string shape, int depth)
    {
        var bot = fixture.Bot;
        var member = Member.Personal();
        var activity = bot.Activities.Execute("order.next", [], null, member).ToJsonString();
        var nested = shape.StartsWith("array", StringComparison.Ordinal)
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
        var field = shape.Contains("unknown", StringComparison.Ordinal) ? "\"whatever\"" : "\"value\"";
        var body = activity[..^1] + $",{field}:{nested}}}";
        var handled = bot.Handler.Calls;

        var clock = Stopwatch.StartNew();
        using var response = await bot.PostAsync(new StringContent(body, Encoding.UTF8, "application/json"), bot.Tokens.BearerFor(bot.Activities.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("depth", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(handled, bot.Handler.Calls);
        Assert.Null(bot.References.Find(member.ConversationId));
        Figures.Record(output, nameof(OversizedBodyTests), $"{depth} levels ({shape}, {body.Length} bytes): refused in ms", (int)clock.ElapsedMilliseconds);
    }

    public sealed class Fixture : InProcessBotFixture;

    /// <summary>Samples the managed heap and the working set every few milliseconds; reports the peak growth over the start.</summary>
    private sealed class MemoryWatch : IDisposable
    {
        private readonly long _managedBefore;
        private readonly long _workingSetBefore;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _sampler;
        private long _managedPeak;
        private long _workingSetPeak;

        private MemoryWatch()
        {
            _managedBefore = GC.GetTotalMemory(forceFullCollection: true);
            _workingSetBefore = WorkingSet();
            _managedPeak = _managedBefore;
            _workingSetPeak = _workingSetBefore;
            _sampler = Task.Run(SampleAsync);
        }

        public static MemoryWatch Start() => new();

        public (long Managed, long WorkingSet) Stop()
        {
            _stop.Cancel();
            _sampler.Wait(TimeSpan.FromSeconds(5));
            Sample();
            return (_managedPeak - _managedBefore, _workingSetPeak - _workingSetBefore);
        }

        public void Dispose() => _stop.Dispose();

        private async Task SampleAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                Sample();
                try
                {
                    await Task.Delay(5, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        private void Sample()
        {
            _managedPeak = Math.Max(_managedPeak, GC.GetTotalMemory(forceFullCollection: false));
            _workingSetPeak = Math.Max(_workingSetPeak, WorkingSet());
        }

        private static long WorkingSet()
        {
            using var process = Process.GetCurrentProcess();
            return process.WorkingSet64;
        }
    }
}
