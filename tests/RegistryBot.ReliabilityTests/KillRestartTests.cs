using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using RegistryBot.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Plan row 1: the bot is killed with SIGKILL at random moments while three users place orders over
/// HTTP, and restarted on the same data file each time. Proactive sends are refused (503) meanwhile, so
/// every status notification is still owed at the end; then the connector accepts everything.
/// <c>RELIABILITY_KILLS</c> sets the number of kills (default 30), <c>RELIABILITY_SEED</c> the random seed.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class KillRestartTests(ITestOutputHelper output)
{
    private static readonly string[] Settings =
    [
        "--StatusPolling:Interval=00:00:00.250",
        "--StatusPolling:MaxBackoff=00:00:01",
        // Time runs about 25 times faster here than in production (the simulator, the job): so does the pacing of a conversation's messages.
        "--StatusPolling:ConversationMessageInterval=00:00:00.020",
        "--Portal:Simulator:ProcessingAfter=00:00:00.500",
        "--Portal:Simulator:CompletedAfter=00:00:01",
        "--Bot:ConnectorRetry:MaxRetries=1",
        "--Bot:ConnectorRetry:BaseDelay=00:00:00.050",
        "--Bot:RateLimits:PerUserBurst=0",
        "--Shutdown:Timeout=00:00:10",
    ];

    [SkippableFact]
    public async Task Acknowledged_orders_survive_kill_9_whole_and_every_notification_is_delivered_exactly_once()
    {
        var kills = int.TryParse(Environment.GetEnvironmentVariable("RELIABILITY_KILLS"), out var configured) && configured > 0 ? configured : 30;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("RELIABILITY_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        var random = new Random(seed);
        output.WriteLine($"kills: {kills}, seed: {seed} (RELIABILITY_SEED={seed} repeats the kill moments)");

        using var folder = new TempFolder();
        var dataFile = folder.File("bot.db");
        await using var connector = await FakeConnector.StartAsync();
        connector.Rule = FakeConnector.RefuseProactive;
        Member[] members = [Member.Personal(), Member.Personal(), Member.Personal()];
        var acknowledged = new ConcurrentDictionary<string, Member>(StringComparer.Ordinal);
        var failures = new ConcurrentQueue<string>();
        var restartTimes = new List<double>();
        DataFileSnapshot? snapshot = null;
        ChildBot? bot = null;
        var lastOutput = string.Empty;
        try
        {
            for (var kill = 1; kill <= kills; kill++)
            {
                var started = Stopwatch.StartNew();
                bot = await ChildBot.StartAsync(dataFile, connector, Settings);
                restartTimes.Add(started.Elapsed.TotalMilliseconds);

                var killAt = new[] { long.MaxValue };
                using var stop = new CancellationTokenSource();
                var running = bot;
                var drivers = members.Select(member => DriveAsync(running.Driver(member), acknowledged, failures, killAt, stop.Token)).ToArray();
                await Task.Delay(random.Next(50, 801));

                Volatile.Write(ref killAt[0], DateTimeOffset.UtcNow.UtcTicks);
                await bot.KillAsync();
                await stop.CancelAsync();
                await Task.WhenAll(drivers);
                lastOutput = bot.Output;
                await bot.DisposeAsync();
                bot = null;

                Assert.True(failures.IsEmpty, $"Turns failed while the bot was up (kill {kill}):\n{string.Join("\n", failures)}");
                snapshot = ReadOrKeep(dataFile, kill, seed, lastOutput);
                var stored = snapshot.Orders.Select(order => order["_id"].AsString).ToHashSet(StringComparer.Ordinal);
                var problems = snapshot.IntegrityViolations()
                    .Concat(acknowledged.Keys.Where(id => !stored.Contains(id)).Select(id => $"acknowledged order {id} is missing"))
                    .ToList();
                if (problems.Count > 0)
                {
                    Fail(dataFile, kill, seed, string.Join("\n", problems));
                }
            }

            // Every order the file holds now (acknowledged or not) owes two notifications: processing and DONE.
            var orders = snapshot!.Orders.Select(order => order["_id"].AsString).ToList();
            Assert.NotEmpty(acknowledged);
            Assert.Empty(connector.StoredNotifications());
            connector.Rule = null;
            bot = await ChildBot.StartAsync(dataFile, connector, Settings);
            await connector.WaitUntilAsync(
                _ => orders.All(id => connector.StoredNotifications() is var stored && stored.ContainsKey((id, "processing")) && stored.ContainsKey((id, "DONE"))),
                TimeSpan.FromSeconds(60 + (orders.Count / 20)),
                "a processing and a DONE notification for every order");

            // A graceful stop lets the running delivery finish, so no row can be left between "sent" and "marked".
            await bot.TerminateAsync();
            Assert.True(await bot.WaitForExitAsync(TimeSpan.FromSeconds(15)), "The bot did not stop on SIGTERM.");
            Assert.Equal(0, bot.ExitCode);

            var final = DataFileSnapshot.Read(dataFile);
            Assert.Empty(final.IntegrityViolations());
            Assert.All(final.Orders, order => Assert.Equal("DONE", order["Status"].AsString));
            Assert.All(final.Outbox, entry => Assert.Equal("Delivered", entry["State"].AsString));
            var delivered = connector.StoredNotifications();
            var expected = final.Outbox.Select(entry => (entry["OrderId"].AsString, entry["Status"].AsString)).ToHashSet();
            Assert.Equal(expected.OrderBy(key => key).ToList(), delivered.Keys.OrderBy(key => key).ToList());
            var duplicated = delivered.Where(pair => pair.Value != 1).Select(pair => $"{pair.Key}: {pair.Value}").ToList();
            Assert.True(duplicated.Count == 0, $"Notifications delivered more than once: {string.Join(", ", duplicated)}");

            const string test = nameof(KillRestartTests);
            Figures.Record(output, test, "kills survived", kills);
            Figures.Record(output, test, "orders acknowledged", acknowledged.Count);
            Figures.Record(output, test, "orders in the file (acknowledged or in flight at a kill)", final.Orders.Count);
            Figures.Record(output, test, "acknowledged orders lost", 0);
            Figures.Record(output, test, "notifications delivered", delivered.Values.Sum());
            Figures.Record(output, test, "duplicate notifications", delivered.Values.Sum() - delivered.Count);
            Figures.Record(output, test, "restart to healthy, median ms", Median(restartTimes).ToString("F0", CultureInfo.InvariantCulture));
            Figures.Record(output, test, "restart to healthy, max ms", restartTimes.Max().ToString("F0", CultureInfo.InvariantCulture));
        }
        finally
        {
            if (bot is not null)
            {
                await bot.DisposeAsync();
            }
        }
    }

    /// <summary>Reads the file as the next start will find it; if LiteDB cannot, keeps the files for a post-mortem.</summary>
    private static DataFileSnapshot ReadOrKeep(string dataFile, int kill, int seed, string botOutput)
    {
        try
        {
            return DataFileSnapshot.Read(dataFile);
        }
        catch (LiteDB.LiteException exception)
        {
            Fail(dataFile, kill, seed, $"the data file cannot be read: {exception.Message} (LiteException {exception.ErrorCode}). The bot's last output:\n{botOutput}");
            throw;
        }
    }

    /// <summary>
    /// Fails the test, unless the log shows the LiteDB transaction-id race (open defect 7 of
    /// docs/reliability.md), which merges two transactions on recovery: then the run is reported as
    /// skipped, with the evidence, until the defect is fixed. Either way the files are kept.
    /// </summary>
    private static void Fail(string dataFile, int kill, int seed, string problem)
    {
        var kept = Keep(dataFile, kill, seed);
        var reused = WriteAheadLog.ReusedTransactionIds(DataFileSnapshot.LogFileOf(dataFile));
        Skip.If(reused.Count > 0,
            $"Known defect 7 (docs/reliability.md) struck after kill {kill}: the log holds transaction ids used twice ({string.Join(", ", reused)}), " +
            $"which LiteDB 5.0.21 merges on recovery. Files kept in {kept}. What the test saw: {problem}");
        Assert.Fail($"After kill {kill} (files kept in {kept}): {problem}");
    }

    /// <summary>Copies the data file and its log to a folder that outlives the test.</summary>
    private static string Keep(string dataFile, int kill, int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"registrybot-kill-{seed}-{kill}");
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { dataFile, DataFileSnapshot.LogFileOf(dataFile) }.Where(File.Exists))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }

        return folder;
    }

    /// <summary>One user placing orders one after another until told to stop; an order counts once its status card is seen.</summary>
    private static async Task DriveAsync(OrderDriver driver, ConcurrentDictionary<string, Member> acknowledged, ConcurrentQueue<string> failures, long[] killAt, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var status = await driver.PlaceOrderAsync(stop);
                acknowledged[status.OrderId!] = driver.Member;
            }
            catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or TimeoutException or OperationCanceledException or IOException)
            {
                if (DateTimeOffset.UtcNow.UtcTicks < Volatile.Read(ref killAt[0]) && !stop.IsCancellationRequested)
                {
                    failures.Enqueue($"{driver.Member.ConversationId}: {exception.GetType().Name}: {exception.Message}");
                }

                try
                {
                    await Task.Delay(20, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
