using System.Diagnostics;
using System.Net;
using RegistryBot.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Plan row 4: LiteDB takes no lock on Linux, so two processes on one data file would both write.
/// The bot holds <c>&lt;file&gt;.lock</c>; a second instance (or any process holding that lock) makes
/// a new start fail fast with a clear message, and the running instance keeps serving.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class SecondInstanceTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_second_instance_on_the_same_data_file_exits_at_once_and_the_first_keeps_serving()
    {
        using var folder = new TempFolder();
        var dataFile = folder.File("bot.db");
        await using var connector = await FakeConnector.StartAsync();
        await using var first = await ChildBot.StartAsync(dataFile, connector, []);
        var before = await first.Driver(Member.Personal()).PlaceOrderAsync();

        var clock = Stopwatch.StartNew();
        await using var second = ChildBot.Launch(dataFile, connector, []);
        Assert.True(await second.WaitForExitAsync(Quickly), $"The second instance was still running after {Quickly.TotalSeconds} s:\n{second.Output}");
        var exitedAfter = clock.Elapsed;

        Assert.NotEqual(0, second.ExitCode);
        Assert.Contains("is in use by another RegistryBot process", second.Output, StringComparison.Ordinal);
        Assert.Contains(dataFile + ".lock", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", second.Output, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await first.HealthAsync()).Status);
        var after = await first.Driver(Member.Personal()).PlaceOrderAsync();
        Assert.NotEqual(before.OrderId, after.OrderId);

        Figures.Record(output, nameof(SecondInstanceTests), "second instance exit code", second.ExitCode);
        Figures.Record(output, nameof(SecondInstanceTests), "second instance exited after, ms", (int)exitedAfter.TotalMilliseconds);
        output.WriteLine(second.Output);
    }

    [Fact]
    public async Task A_process_holding_the_lock_file_keeps_the_bot_from_starting()
    {
        using var folder = new TempFolder();
        var dataFile = folder.File("bot.db");
        await using var connector = await FakeConnector.StartAsync();
        using (var held = new FileStream(dataFile + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            await using var bot = ChildBot.Launch(dataFile, connector, []);
            Assert.True(await bot.WaitForExitAsync(Quickly), $"The bot was still running after {Quickly.TotalSeconds} s:\n{bot.Output}");
            Assert.Equal(2, bot.ExitCode);
            Assert.Contains("RegistryBot cannot start", bot.Output, StringComparison.Ordinal);
            Assert.False(File.Exists(dataFile), "The bot created the data file although it could not lock it.");
        }

        await using var afterRelease = await ChildBot.StartAsync(dataFile, connector, []);
        Assert.Equal(HttpStatusCode.OK, (await afterRelease.HealthAsync()).Status);
    }
}
