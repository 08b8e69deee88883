using System.Diagnostics;
using RegistryBot.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Plan row 22: SIGTERM (as systemd, Docker or Kubernetes stop a service) while the status job is
/// inside a slow connector call. The process must exit by itself within <c>Shutdown:Timeout</c> with
/// exit code 0, and leave the outbox so that nothing is lost: only the notification that was in
/// flight may go out a second time after the restart.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class GracefulShutdownTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(3);

    private static readonly string[] Settings =
    [
        $"--Shutdown:Timeout={ShutdownTimeout:c}",
        "--StatusPolling:Interval=00:00:00.250",
        "--Portal:Simulator:ProcessingAfter=00:00:00.300",
        "--Portal:Simulator:CompletedAfter=00:10:00",
        "--Bot:ConnectorRetry:AttemptTimeout=00:01:00",
        "--Bot:RateLimits:PerUserBurst=0",
    ];

    [Fact]
    public async Task SIGTERM_during_a_slow_send_exits_in_time_with_0_and_loses_no_notification()
    {
        using var folder = new TempFolder();
        var dataFile = folder.File("bot.db");
        await using var connector = await FakeConnector.StartAsync();

        // The connector takes each proactive message at once but answers only after 30 s: the send is in flight when SIGTERM comes.
        connector.Rule = call => call.Kind == CallKind.Proactive ? ConnectorAnswer.AcceptedButSlow(TimeSpan.FromSeconds(30)) : null;
        string first, second;
        TimeSpan stoppedAfter;
        await using (var bot = await ChildBot.StartAsync(dataFile, connector, Settings))
        {
            var member = Member.Personal();
            first = (await bot.Driver(member).PlaceOrderAsync()).OrderId!;
            second = (await bot.Driver(member).PlaceOrderAsync()).OrderId!;
            await connector.WaitForAsync(request => request.Kind == CallKind.Proactive, TimeSpan.FromSeconds(10), "the first notification to be in flight");

            var clock = Stopwatch.StartNew();
            await bot.TerminateAsync();
            Assert.True(await bot.WaitForExitAsync(ShutdownTimeout + TimeSpan.FromSeconds(5)), $"Still running {ShutdownTimeout.TotalSeconds + 5} s after SIGTERM:\n{bot.Output}");
            stoppedAfter = clock.Elapsed;
            Assert.True(stoppedAfter < ShutdownTimeout + TimeSpan.FromSeconds(1.5), $"Stopping took {stoppedAfter.TotalMilliseconds:F0} ms, the configured timeout is {ShutdownTimeout.TotalMilliseconds} ms.");
            Assert.True(bot.ExitCode == 0, $"Exit code {bot.ExitCode}:\n{bot.Output}");
        }

        // The in-flight notification is still owed; so is any other recorded by then (the second order may not have reached processing yet).
        var inFlight = connector.Where(request => request.Kind == CallKind.Proactive);
        var interrupted = Assert.Single(inFlight).Notification!.Value;
        var stopped = DataFileSnapshot.Read(dataFile);
        Assert.Empty(stopped.IntegrityViolations());
        Assert.Contains(stopped.Outbox, entry => entry["_id"].AsString == $"{interrupted.OrderId}:{interrupted.Status}");
        Assert.All(stopped.Outbox, entry => Assert.Equal("Pending", entry["State"].AsString));

        connector.Rule = null;
        await using (var bot = await ChildBot.StartAsync(dataFile, connector, Settings))
        {
            await connector.WaitUntilAsync(
                _ => connector.StoredNotifications() is var stored && stored.ContainsKey((first, "processing")) && stored.ContainsKey((second, "processing")),
                TimeSpan.FromSeconds(20),
                "both notifications after the restart");
            await bot.TerminateAsync();
            Assert.True(await bot.WaitForExitAsync(ShutdownTimeout + TimeSpan.FromSeconds(5)));
        }

        var delivered = connector.StoredNotifications();
        output.WriteLine(string.Join("\n", connector.Requests));
        foreach (var key in new[] { (first, "processing"), (second, "processing") })
        {
            Assert.InRange(delivered[key], 1, key == interrupted ? 2 : 1);
        }

        Assert.All(DataFileSnapshot.Read(dataFile).Outbox, entry => Assert.Equal("Delivered", entry["State"].AsString));

        Figures.Record(output, nameof(GracefulShutdownTests), "SIGTERM to exit, ms", (int)stoppedAfter.TotalMilliseconds);
        Figures.Record(output, nameof(GracefulShutdownTests), "configured Shutdown:Timeout, ms", (int)ShutdownTimeout.TotalMilliseconds);
        Figures.Record(output, nameof(GracefulShutdownTests), "sends in flight at SIGTERM", inFlight.Count);
        Figures.Record(output, nameof(GracefulShutdownTests), "copies of the in-flight notification in the chat", delivered[interrupted]);
    }
}
