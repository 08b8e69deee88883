using System.Diagnostics;
using System.Net;
using RegistryBot.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Plan row 3: the data file's disk fills up. LiteDB closes itself for good on the first I/O error,
/// so the bot must say so clearly, report unhealthy, keep what it had, and reopen the file by itself
/// once there is room again; the portal simulator's file on a full disk makes the portal unavailable,
/// not the bot. The disk is a 2 MiB tmpfs, which needs root (as CI runs); elsewhere the tests report
/// themselves skipped.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class DiskFullTests(ITestOutputHelper output)
{
    private static readonly string[] Settings =
    [
        "--Storage:ReopenInterval=00:00:01",
        "--StatusPolling:Interval=00:00:00.250",
        "--Portal:Simulator:ProcessingAfter=00:00:00.300",
        "--Portal:Simulator:CompletedAfter=00:00:00.300",
        "--Bot:RateLimits:PerUserBurst=0",
    ];

    [SkippableFact]
    public async Task A_full_disk_refuses_orders_clearly_reports_unhealthy_and_recovers_by_itself_without_losing_anything()
    {
        using var disk = Tmpfs.TryMount(2 * 1024 * 1024, out var whyNot);
        Skip.If(disk is null, $"Disk-full test skipped: {whyNot}.");

        var dataFile = Path.Combine(disk!.Path, "bot.db");
        await using var connector = await FakeConnector.StartAsync();
        await using (var bot = await ChildBot.StartAsync(dataFile, connector, Settings))
        {
            var alice = bot.Driver(Member.Personal());
            var earlier = (await alice.PlaceOrderAsync()).OrderId!;
            var bob = bot.Driver(Member.Personal());
            var summary = await bob.FillToSummaryAsync();

            var filled = disk.Fill("filler.bin");
            output.WriteLine($"filled the tmpfs with {filled} bytes");

            var refused = await bob.ClickAsync(summary, "order.place", OrderForm.InputsOf("summary"));
            Assert.Equal(HttpStatusCode.OK, refused.Http);
            Assert.Equal(500, refused.StatusCode);
            Assert.Equal("application/vnd.microsoft.error", refused.Type);
            Assert.Equal("StorageUnavailable", (string?)refused.Value?["code"]);
            Assert.Contains("storage problem", (string?)refused.Value?["message"], StringComparison.Ordinal);
            Assert.Contains("nothing was ordered", (string?)refused.Value?["message"], StringComparison.Ordinal);

            var health = await bot.HealthAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
            Assert.Contains("Unhealthy", health.Body, StringComparison.Ordinal);
            output.WriteLine($"/healthz while full: {health.Body}");

            File.Delete(Path.Combine(disk.Path, "filler.bin"));
            var freed = Stopwatch.StartNew();
            Assert.Equal(HttpStatusCode.OK, await bot.WaitHealthAsync(HttpStatusCode.OK, TimeSpan.FromSeconds(10)));
            var recoveredAfter = freed.Elapsed;

            // The supervisor tries every ReopenInterval (1 s here); reopening itself takes a moment more.
            Assert.True(recoveredAfter < TimeSpan.FromSeconds(3), $"Healthy again only after {recoveredAfter.TotalMilliseconds:F0} ms.");

            var listed = await alice.SendAsync($"status {earlier}");
            Assert.Equal(earlier, listed.OrderId);
            var placed = await bob.ClickAsync(summary, "order.place", OrderForm.InputsOf("summary"));
            var later = CardReader.OrderIdOf(placed.Card) ?? throw new Xunit.Sdk.XunitException($"The order was not placed after recovery: {placed}");
            var another = (await alice.PlaceOrderAsync()).OrderId!;

            await bot.TerminateAsync();
            Assert.True(await bot.WaitForExitAsync(TimeSpan.FromSeconds(15)), "The bot did not stop on SIGTERM.");
            Assert.Equal(0, bot.ExitCode);

            var snapshot = DataFileSnapshot.Read(dataFile);
            Assert.Empty(snapshot.IntegrityViolations());
            var orders = snapshot.Orders.Select(order => order["_id"].AsString).ToList();
            Assert.Equal(new[] { earlier, later, another }.Order(StringComparer.Ordinal), orders.Order(StringComparer.Ordinal));

            Figures.Record(output, nameof(DiskFullTests), "bytes written to fill the disk", filled);
            Figures.Record(output, nameof(DiskFullTests), "healthy again after space was freed, ms", (int)recoveredAfter.TotalMilliseconds);
            Figures.Record(output, nameof(DiskFullTests), "orders kept across the fault", orders.Count);
        }

        // The file is not corrupted: a fresh start opens it and serves.
        await using var restarted = await ChildBot.StartAsync(dataFile, connector, Settings);
        Assert.Equal(HttpStatusCode.OK, (await restarted.HealthAsync()).Status);
    }

    [SkippableFact]
    public async Task A_full_disk_under_the_simulators_file_leaves_orders_placed_and_they_move_on_once_there_is_room()
    {
        using var disk = Tmpfs.TryMount(2 * 1024 * 1024, out var whyNot);
        Skip.If(disk is null, $"Disk-full test skipped: {whyNot}.");

        // The bot's own file is on a disk with room; only the simulator's shares the tmpfs.
        using var folder = new TempFolder();
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await ChildBot.StartAsync(
            folder.File("bot.db"), connector, [.. Settings, "--Portal:Simulator:Path=" + Path.Combine(disk!.Path, "portal.db")]);
        var alice = bot.Driver(Member.Personal());
        var before = (await alice.PlaceOrderAsync()).OrderId!;
        await connector.WaitUntilAsync(_ => connector.StoredNotifications().ContainsKey((before, "DONE")), TimeSpan.FromSeconds(15), $"{before} DONE");

        var filled = disk.Fill("filler.bin");
        var placed = await alice.PlaceOrderAsync();
        var during = placed.OrderId ?? throw new Xunit.Sdk.XunitException($"No order placed while the simulator's disk was full: {placed}");

        // Recorded and acknowledged by the bot, not taken by the portal: it never reaches processing.
        Assert.Equal(HttpStatusCode.OK, (await bot.HealthAsync()).Status);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.DoesNotContain((during, "processing"), connector.StoredNotifications().Keys);
        Assert.Contains($"The portal could not be reached for order {during}: The portal simulator's data file failed", bot.Output, StringComparison.Ordinal);

        File.Delete(Path.Combine(disk.Path, "filler.bin"));
        await connector.WaitUntilAsync(
            _ => connector.StoredNotifications() is var stored && stored.ContainsKey((during, "processing")) && stored.ContainsKey((during, "DONE")),
            TimeSpan.FromSeconds(15),
            $"{during} offered to the portal again, processing and DONE");
        var after = (await alice.PlaceOrderAsync()).OrderId!;
        await connector.WaitUntilAsync(_ => connector.StoredNotifications().ContainsKey((after, "DONE")), TimeSpan.FromSeconds(15), $"{after} DONE");

        Assert.All(connector.StoredNotifications(), notification => Assert.Equal(1, notification.Value));
        Figures.Record(output, nameof(DiskFullTests), "bytes written to fill the simulator's disk", filled);
    }
}
