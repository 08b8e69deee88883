using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegistryBot.ReliabilityTests.Infrastructure;
using RegistryBot.Storage;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Plan row 2: LiteDB does not fsync a commit, so "order placed" may be said only once a checkpoint
/// has flushed the order to the disk. Here the checkpoint cannot complete while the order itself
/// commits normally: it runs on a store that another thread keeps busy in a transaction, the way a
/// stalled disk keeps it from finishing. The user must not be told the order is placed as if all were
/// well (defect 6 of docs/reliability.md).
/// </summary>
public sealed class DurableAcknowledgementTests(ITestOutputHelper output)
{
    [Fact]
    public async Task An_order_whose_checkpoint_fails_is_not_acknowledged_as_placed()
    {
        using var folder = new TempFolder();
        using var stalled = new LiteDbStore(Options.Create(new StorageOptions { Path = folder.File("stalled.db") }), [], NullLogger<LiteDbStore>.Instance);
        stalled.Database.Pragma("TIMEOUT", 1);
        using var holding = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            // A write transaction left open on its own thread: LiteDB transactions belong to their thread.
            stalled.Database.BeginTrans();
            stalled.Database.GetCollection("held").Insert(new LiteDB.BsonDocument { ["_id"] = 1 });
            holding.Set();
            release.Wait(TimeSpan.FromSeconds(60));
            stalled.Database.Rollback();
        });
        holder.Start();
        Assert.True(holding.Wait(TimeSpan.FromSeconds(10)));
        try
        {
            await RunAsync(stalled, release);
        }
        finally
        {
            release.Set();
            holder.Join(TimeSpan.FromSeconds(10));
        }
    }

    private async Task RunAsync(LiteDbStore stalled, ManualResetEventSlim release)
    {
        await using var bot = await InProcessBot.StartAsync(["--Bot:RateLimits:PerUserBurst=0"], services =>
            services.AddSingleton(_ => new DurableCheckpoint(stalled, NullLogger<DurableCheckpoint>.Instance)));
        var driver = bot.Driver(Member.Personal());
        var summary = await driver.FillToSummaryAsync();

        var answer = await driver.ClickAsync(summary, "order.place", OrderForm.InputsOf("summary"));
        output.WriteLine(answer.ToString());

        // Let the stalled checkpoint finish before the bot stops (its checkpoint loop waits for it).
        release.Set();

        Assert.Null(CardReader.OrderIdOf(answer.Card));
    }
}
