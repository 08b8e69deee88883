using System.Diagnostics;
using RegistryBot.Portal;

namespace RegistryBot.Tests.Portal;

public sealed class PortalResilienceTests
{
    [Fact]
    public async Task An_order_answered_503_twice_goes_through_on_the_third_attempt()
    {
        await using var harness = await PortalHarness.StartAsync();
        harness.Fake.Script(FakePortal.OrdersRoute, FakeAnswer.Fails(503), FakeAnswer.Fails(503));

        var submission = await harness.Portal.SubmitOrderAsync(SampleOrders.Placed(), CancellationToken.None);

        Assert.True(submission.Accepted);
        var attempts = harness.Fake.Requests(FakePortal.OrdersRoute);
        Assert.Equal(3, attempts.Count);
        Assert.All(attempts, attempt => Assert.Equal(attempts[0].Body, attempt.Body));
    }

    [Fact]
    public async Task A_500_on_every_attempt_makes_the_portal_unavailable()
    {
        await using var harness = await PortalHarness.StartAsync();
        harness.Fake.Script(FakePortal.StatusesRoute, FakeAnswer.Fails(500), FakeAnswer.Fails(500), FakeAnswer.Fails(500), FakeAnswer.Fails(500));

        var exception = await Assert.ThrowsAsync<PortalUnavailableException>(
            () => harness.Portal.GetStatusesAsync(["ORD-1"], CancellationToken.None));

        Assert.Contains("500", exception.Message, StringComparison.Ordinal);
        Assert.Equal(3, harness.Fake.Requests(FakePortal.StatusesRoute).Count);
    }

    [Fact]
    public async Task A_portal_failing_again_and_again_is_left_alone_for_a_while()
    {
        await using var harness = await PortalHarness.StartAsync();
        harness.Fake.Script(FakePortal.StatusesRoute, [.. Enumerable.Repeat(FakeAnswer.Fails(500), 12)]);
        for (var call = 0; call < 4; call++)
        {
            await Assert.ThrowsAsync<PortalUnavailableException>(() => harness.Portal.GetStatusesAsync(["ORD-1"], CancellationToken.None));
        }

        var reached = harness.Fake.Requests(FakePortal.StatusesRoute).Count;
        var exception = await Assert.ThrowsAsync<PortalUnavailableException>(
            () => harness.Portal.GetStatusesAsync(["ORD-1"], CancellationToken.None));

        Assert.IsAssignableFrom<Polly.CircuitBreaker.BrokenCircuitException>(exception.InnerException);
        Assert.Equal(reached, harness.Fake.Requests(FakePortal.StatusesRoute).Count);
    }

    [Fact]
    public async Task An_answer_slower_than_the_timeout_makes_the_portal_unavailable_in_bounded_time()
    {
        await using var harness = await PortalHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Portal:Http:Timeout"] = "00:00:00.300",
            ["Portal:Http:MaxRetries"] = "1",
        });
        var slow = FakeAnswer.Slow(TimeSpan.FromSeconds(30));
        harness.Fake.Script(FakePortal.BillingProfilesRoute, slow, slow);
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<PortalUnavailableException>(
            () => harness.Portal.ListBillingProfilesAsync("tenant-1", CancellationToken.None));

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(550), TimeSpan.FromSeconds(5));
        Assert.Equal(2, harness.Fake.Requests(FakePortal.BillingProfilesRoute).Count);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_time_it_asks_for()
    {
        await using var harness = await PortalHarness.StartAsync();
        harness.Fake.Script(FakePortal.TicketsRoute, FakeAnswer.Throttled(retryAfterSeconds: 1));
        var clock = Stopwatch.StartNew();

        var ticket = await harness.Portal.CreateTicketAsync(
            new TicketRequest("req-1", "ORD-1", "tenant-1", "Ada Admin", "Failed."), CancellationToken.None);

        Assert.StartsWith("TCK-", ticket.Reference, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(5));
        Assert.Equal(2, harness.Fake.Requests(FakePortal.TicketsRoute).Count);
    }

    [Fact]
    public async Task A_429_asking_for_a_long_pause_is_left_to_the_caller()
    {
        await using var harness = await PortalHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Portal:Http:MaxRetryAfter"] = "00:00:05",
        });
        harness.Fake.Script(FakePortal.StatusesRoute, FakeAnswer.Throttled(retryAfterSeconds: 120));

        var exception = await Assert.ThrowsAsync<PortalUnavailableException>(
            () => harness.Portal.GetStatusesAsync(["ORD-1"], CancellationToken.None));

        Assert.Contains("429", exception.Message, StringComparison.Ordinal);
        Assert.Single(harness.Fake.Requests(FakePortal.StatusesRoute));
    }

    [Fact]
    public async Task A_portal_that_refuses_connections_is_unavailable()
    {
        await using var harness = await PortalHarness.StartAsync();
        await harness.Fake.DisposeAsync();

        await Assert.ThrowsAsync<PortalUnavailableException>(
            () => harness.Portal.ListBillingProfilesAsync("tenant-1", CancellationToken.None));
    }

    [Fact]
    public async Task A_client_error_other_than_on_submit_is_not_retried()
    {
        await using var harness = await PortalHarness.StartAsync();
        harness.Fake.Script(FakePortal.TicketsRoute, FakeAnswer.Problem(404, "Not Found", "Order ORD-404 is unknown."));

        var exception = await Assert.ThrowsAsync<PortalUnavailableException>(
            () => harness.Portal.CreateTicketAsync(new TicketRequest("req-1", "ORD-404", "tenant-1", "Ada", "Help."), CancellationToken.None));

        Assert.Contains("Order ORD-404 is unknown.", exception.Message, StringComparison.Ordinal);
        Assert.Single(harness.Fake.Requests(FakePortal.TicketsRoute));
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_reported_as_an_unavailable_portal()
    {
        await using var harness = await PortalHarness.StartAsync();
        harness.Fake.Script(FakePortal.BillingProfilesRoute, FakeAnswer.Slow(TimeSpan.FromSeconds(30)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => harness.Portal.ListBillingProfilesAsync("tenant-1", cancellation.Token));
    }
}
