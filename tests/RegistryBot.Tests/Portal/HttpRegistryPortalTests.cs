using System.Text.Json.Nodes;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;
using RegistryBot.Portal.Http;

namespace RegistryBot.Tests.Portal;

public sealed class HttpRegistryPortalTests
{
    [Fact]
    public async Task Billing_profiles_are_listed_for_the_tenant()
    {
        await using var harness = await PortalHarness.StartAsync();
        harness.Fake.AddBillingProfile("tenant 1/a", "BP-1", "Main account");
        harness.Fake.AddBillingProfile("tenant 1/a", "BP-2", "Cost centre");
        harness.Fake.AddBillingProfile("other", "BP-9", "Someone else's");

        var profiles = await harness.Portal.ListBillingProfilesAsync("tenant 1/a", CancellationToken.None);

        Assert.Equal([new BillingProfile("BP-1", "Main account"), new BillingProfile("BP-2", "Cost centre")], profiles);
        var request = Assert.Single(harness.Fake.Requests(FakePortal.BillingProfilesRoute));
        Assert.Equal("?tenantId=tenant%201%2Fa", request.Query);
    }

    [Fact]
    public async Task An_order_is_submitted_with_every_choice()
    {
        await using var harness = await PortalHarness.StartAsync();

        var submission = await harness.Portal.SubmitOrderAsync(SampleOrders.Placed(), CancellationToken.None);

        Assert.Equal(PortalSubmission.Ok, submission);
        var request = Assert.Single(harness.Fake.Requests(FakePortal.OrdersRoute));
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        var body = request.Json();
        Assert.Equal(
            ["orderId", "tenantId", "placedBy", "serviceType", "nodeSize", "storageGb", "trustedSources", "region", "billingProfileId", "acceptedTermsVersion", "placedAt"],
            body.Select(member => member.Key));
        Assert.Equal("ORD-1001", (string?)body["orderId"]);
        Assert.Equal("tenant-1", (string?)body["tenantId"]);
        Assert.Equal("aad-user-1", (string?)body["placedBy"]!["id"]);
        Assert.Equal("Ada Admin", (string?)body["placedBy"]!["name"]);
        Assert.Equal("harbor", (string?)body["serviceType"]);
        Assert.Equal("small", (string?)body["nodeSize"]);
        Assert.Equal(120, (int)body["storageGb"]!);
        Assert.Equal(["123.123.123.123/32", "222.222.222.128/28"], body["trustedSources"]!.AsArray().Select(source => (string?)source));
        Assert.Equal("de-west-1", (string?)body["region"]);
        Assert.Equal("BP-1001", (string?)body["billingProfileId"]);
        Assert.Equal("2026-01", (string?)body["acceptedTermsVersion"]);
        Assert.Equal(new DateTimeOffset(SampleOrders.PlacedAt), DateTimeOffset.Parse((string)body["placedAt"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("+00:00", (string?)body["placedAt"]);
    }

    [Fact]
    public async Task A_new_billing_profile_is_sent_instead_of_a_profile_id()
    {
        await using var harness = await PortalHarness.StartAsync();
        var billing = new NewBillingProfile { Company = "Contoso GmbH", Email = "billing@contoso.example", Address = "Hauptstr. 1, 50667 Köln" };

        await harness.Portal.SubmitOrderAsync(SampleOrders.Placed(newBilling: billing), CancellationToken.None);

        var body = Assert.Single(harness.Fake.Requests(FakePortal.OrdersRoute)).Json();
        Assert.False(body.ContainsKey("billingProfileId"));
        Assert.True(JsonNode.DeepEquals(
            new JsonObject { ["company"] = "Contoso GmbH", ["email"] = "billing@contoso.example", ["address"] = "Hauptstr. 1, 50667 Köln" },
            body["newBillingProfile"]));
    }

    [Fact]
    public async Task Submitting_an_order_again_is_accepted_again()
    {
        await using var harness = await PortalHarness.StartAsync();
        var order = SampleOrders.Placed();

        var first = await harness.Portal.SubmitOrderAsync(order, CancellationToken.None);
        var second = await harness.Portal.SubmitOrderAsync(order, CancellationToken.None);

        Assert.True(first.Accepted);
        Assert.True(second.Accepted);
        Assert.Equal(2, harness.Fake.Requests(FakePortal.OrdersRoute).Count);
    }

    [Fact]
    public async Task A_refused_order_carries_the_detail_of_the_problem()
    {
        await using var harness = await PortalHarness.StartAsync();
        const string detail = "The billing profile BP-1001 does not belong to tenant tenant-1.";
        harness.Fake.Script(FakePortal.OrdersRoute, FakeAnswer.Problem(422, "Unprocessable order", detail));

        var submission = await harness.Portal.SubmitOrderAsync(SampleOrders.Placed(), CancellationToken.None);

        Assert.Equal(new PortalSubmission(false, detail), submission);
        Assert.Single(harness.Fake.Requests(FakePortal.OrdersRoute));
    }

    [Fact]
    public async Task A_404_on_submit_is_a_wrong_address_not_a_refused_order()
    {
        await using var harness = await PortalHarness.StartAsync();
        harness.Fake.Script(FakePortal.OrdersRoute, FakeAnswer.Problem(404, "Not Found", "No such route."));

        await Assert.ThrowsAsync<PortalUnavailableException>(
            () => harness.Portal.SubmitOrderAsync(SampleOrders.Placed(), CancellationToken.None));
    }

    [Fact]
    public async Task A_403_on_submit_is_the_bots_credentials_not_a_refused_order()
    {
        await using var harness = await PortalHarness.StartAsync();
        harness.Fake.Script(FakePortal.OrdersRoute, FakeAnswer.Problem(403, "Forbidden", "The client lacks the registry-orders scope."));

        var unavailable = await Assert.ThrowsAsync<PortalUnavailableException>(
            () => harness.Portal.SubmitOrderAsync(SampleOrders.Placed(), CancellationToken.None));
        Assert.Contains("403", unavailable.Message, StringComparison.Ordinal);
        Assert.True(unavailable.ForOneTenant, "A 403 is about this order's tenant: the status job goes on with the others.");
    }

    [Fact]
    public async Task Statuses_of_many_orders_are_asked_in_one_call()
    {
        await using var harness = await PortalHarness.StartAsync();
        var changedAt = new DateTimeOffset(2026, 11, 25, 14, 0, 0, TimeSpan.FromHours(1));
        harness.Fake.SetStatus("ORD-0007", OrderStatus.Processing, changedAt);
        harness.Fake.SetStatus("ORD-0042", OrderStatus.Failed, changedAt, "No capacity in de-west-1.");
        harness.Fake.SetStatus("ORD-0099", OrderStatus.Done, changedAt);
        var ids = Enumerable.Range(1, 120).Select(number => $"ORD-{number:D4}").ToList();

        var statuses = await harness.Portal.GetStatusesAsync(ids, CancellationToken.None);

        var query = Assert.Single(harness.Fake.Requests(FakePortal.StatusesRoute)).Json();
        Assert.Equal(ids, query["orderIds"]!.AsArray().Select(id => (string?)id));
        var utc = changedAt.UtcDateTime;
        Assert.Equal(
            [
                new PortalOrderStatus("ORD-0007", "processing", utc, null),
                new PortalOrderStatus("ORD-0042", "failed", utc, "No capacity in de-west-1."),
                new PortalOrderStatus("ORD-0099", "DONE", utc, null),
            ],
            statuses);
        Assert.All(statuses, status => Assert.Equal(DateTimeKind.Utc, status.ChangedAt!.Value.Kind));
    }

    [Fact]
    public async Task More_ids_than_one_query_may_carry_are_asked_in_batches()
    {
        await using var harness = await PortalHarness.StartAsync();
        var ids = Enumerable.Range(1, 1_200).Select(number => $"ORD-{number:D5}").ToList();
        harness.Fake.SetStatus("ORD-01111", OrderStatus.New, DateTimeOffset.UtcNow);

        var statuses = await harness.Portal.GetStatusesAsync(ids, CancellationToken.None);

        Assert.Equal("ORD-01111", Assert.Single(statuses).OrderId);
        Assert.Equal(
            [HttpRegistryPortal.MaxIdsPerQuery, HttpRegistryPortal.MaxIdsPerQuery, 200],
            harness.Fake.Requests(FakePortal.StatusesRoute).Select(request => request.Json()["orderIds"]!.AsArray().Count));
    }

    [Fact]
    public async Task No_ids_ask_nothing()
    {
        await using var harness = await PortalHarness.StartAsync();

        var statuses = await harness.Portal.GetStatusesAsync([], CancellationToken.None);

        Assert.Empty(statuses);
        Assert.Empty(harness.Fake.Requests(FakePortal.StatusesRoute));
    }

    [Fact]
    public async Task An_unknown_status_is_logged_and_skipped()
    {
        await using var harness = await PortalHarness.StartAsync();
        var at = DateTimeOffset.UtcNow;
        harness.Fake.SetStatus("ORD-1", "Done", at);
        harness.Fake.SetStatus("ORD-2", "cancelled", at);
        harness.Fake.SetStatus("ORD-3", OrderStatus.Done, at);

        var statuses = await harness.Portal.GetStatusesAsync(["ORD-1", "ORD-2", "ORD-3"], CancellationToken.None);

        Assert.Equal("ORD-3", Assert.Single(statuses).OrderId);
        var warnings = harness.Logs.Entries.Where(entry => entry.Id.Id == 7002).Select(entry => entry.Message).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, message => message.Contains("'Done'", StringComparison.Ordinal) && message.Contains("ORD-1", StringComparison.Ordinal));
        Assert.Contains(warnings, message => message.Contains("'cancelled'", StringComparison.Ordinal) && message.Contains("ORD-2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ticket_is_opened_once_per_request_id()
    {
        await using var harness = await PortalHarness.StartAsync();
        var request = new TicketRequest("req-7f3a", "ORD-1001", "tenant-1", "Ada Admin", "Provisioning failed: no capacity.");

        var first = await harness.Portal.CreateTicketAsync(request, CancellationToken.None);
        var second = await harness.Portal.CreateTicketAsync(request, CancellationToken.None);

        Assert.Equal(new PortalTicket("TCK-000001", $"{harness.Fake.Origin}/support/tickets/TCK-000001"), first);
        Assert.Equal(first, second);
        var sent = harness.Fake.Requests(FakePortal.TicketsRoute);
        Assert.All(sent, ticket => Assert.Equal("req-7f3a", ticket.Header("Idempotency-Key")));
        Assert.True(JsonNode.DeepEquals(
            new JsonObject
            {
                ["requestId"] = "req-7f3a",
                ["orderId"] = "ORD-1001",
                ["tenantId"] = "tenant-1",
                ["requestedBy"] = "Ada Admin",
                ["description"] = "Provisioning failed: no capacity.",
            },
            sent[0].Json()));
    }

    [Fact]
    public async Task An_answer_missing_what_the_api_requires_is_unavailable()
    {
        await using var harness = await PortalHarness.StartAsync();
        harness.Fake.Script(FakePortal.BillingProfilesRoute, FakeAnswer.Ok(new JsonObject { ["items"] = new JsonArray(new JsonObject { ["id"] = "BP-1" }) }));

        var exception = await Assert.ThrowsAsync<PortalUnavailableException>(
            () => harness.Portal.ListBillingProfilesAsync("tenant-1", CancellationToken.None));

        Assert.Contains("does not follow the API", exception.Message, StringComparison.Ordinal);
    }
}
