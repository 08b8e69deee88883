using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegistryBot.ReliabilityTests.Infrastructure;
using RegistryBot.Storage;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Plan row 2: LiteDB does not fsync a commit, so "order placed" may be said only once the
/// write-ahead log is flushed to the disk. Here the flush fails with a real I/O error (the log's
/// path is taken by a directory) while the order itself commits normally in the bot's own file.
/// The user must not be told the order is placed as if all were well (defect 6 of docs/reliability.md).
/// </summary>
public sealed class DurableAcknowledgementTests(ITestOutputHelper output)
{
    [Fact]
    public async Task An_order_whose_log_flush_fails_is_not_acknowledged_as_placed()
    {
        using var folder = new TempFolder();
        using var unflushable = new LiteDbStore(Options.Create(new StorageOptions { Path = folder.File("unflushable.db") }), [], NullLogger<LiteDbStore>.Instance);
        File.Delete(folder.File("unflushable-log.db"));
        Directory.CreateDirectory(folder.File("unflushable-log.db"));
        Assert.ThrowsAny<Exception>(unflushable.FlushLog);

        await RunAsync(unflushable);
    }

    private async Task RunAsync(LiteDbStore unflushable)
    {
        await using var bot = await InProcessBot.StartAsync(["--Bot:RateLimits:PerUserBurst=0"], services =>
            services.AddSingleton(_ => new DurableCommit(unflushable, NullLogger<DurableCommit>.Instance)));
        var driver = bot.Driver(Member.Personal());
        var summary = await driver.FillToSummaryAsync();

        var answer = await driver.ClickAsync(summary, "order.place", OrderForm.InputsOf("summary"));
        output.WriteLine(answer.ToString());

        Assert.Null(CardReader.OrderIdOf(answer.Card));
    }
}
