using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RegistryBot.Portal;

namespace RegistryBot.Tests.Portal;

public sealed class PortalAuthenticationTests
{
    [Fact]
    public async Task The_api_key_goes_in_its_header()
    {
        await using var harness = await PortalHarness.StartAsync(PortalAuthMode.ApiKey);

        await harness.Portal.ListBillingProfilesAsync("tenant-1", CancellationToken.None);

        var request = Assert.Single(harness.Fake.Requests(FakePortal.BillingProfilesRoute));
        Assert.Equal(FakePortal.ApiKey, request.Header("X-Api-Key"));
        Assert.Null(request.Header("Authorization"));
        Assert.Empty(harness.Fake.Requests(FakePortal.TokenRoute));
    }

    [Fact]
    public async Task A_refused_api_key_makes_the_portal_unavailable_without_retrying()
    {
        await using var harness = await PortalHarness.StartAsync(
            PortalAuthMode.ApiKey, new Dictionary<string, string?> { ["Portal:Http:ApiKey"] = "revoked-key" });

        var exception = await Assert.ThrowsAsync<PortalUnavailableException>(
            () => harness.Portal.SubmitOrderAsync(SampleOrders.Placed(), CancellationToken.None));

        Assert.Contains("401", exception.Message, StringComparison.Ordinal);
        Assert.Single(harness.Fake.Requests(FakePortal.OrdersRoute));
    }

    [Fact]
    public async Task One_client_credentials_token_serves_several_calls()
    {
        await using var harness = await PortalHarness.StartAsync(PortalAuthMode.OAuth2);

        await harness.Portal.ListBillingProfilesAsync("tenant-1", CancellationToken.None);
        await harness.Portal.SubmitOrderAsync(SampleOrders.Placed(), CancellationToken.None);
        await harness.Portal.GetStatusesAsync(["ORD-1001"], CancellationToken.None);

        var tokenRequest = Assert.Single(harness.Fake.Requests(FakePortal.TokenRoute));
        Assert.StartsWith("application/x-www-form-urlencoded", tokenRequest.Header("Content-Type"));
        var form = System.Web.HttpUtility.ParseQueryString(tokenRequest.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(FakePortal.ClientId, form["client_id"]);
        Assert.Equal(FakePortal.ClientSecret, form["client_secret"]);
        Assert.Equal(FakePortal.Scope, form["scope"]);
        Assert.Equal("Bearer token-1", Assert.Single(harness.Fake.Requests(FakePortal.BillingProfilesRoute)).Header("Authorization"));
        Assert.Equal("Bearer token-1", Assert.Single(harness.Fake.Requests(FakePortal.OrdersRoute)).Header("Authorization"));
        Assert.Equal("Bearer token-1", Assert.Single(harness.Fake.Requests(FakePortal.StatusesRoute)).Header("Authorization"));
    }

    [Fact]
    public async Task Concurrent_calls_wait_for_one_token_fetch()
    {
        await using var harness = await PortalHarness.StartAsync(PortalAuthMode.OAuth2);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => harness.Portal.ListBillingProfilesAsync("tenant-1", CancellationToken.None)));

        Assert.Equal(1, harness.Fake.TokensIssued);
        Assert.Equal(8, harness.Fake.Requests(FakePortal.BillingProfilesRoute).Count);
    }

    [Fact]
    public async Task A_401_fetches_a_fresh_token_and_tries_once_more()
    {
        await using var harness = await PortalHarness.StartAsync(PortalAuthMode.OAuth2);
        await harness.Portal.ListBillingProfilesAsync("tenant-1", CancellationToken.None);
        harness.Fake.RevokeTokens();

        var submission = await harness.Portal.SubmitOrderAsync(SampleOrders.Placed(), CancellationToken.None);

        Assert.True(submission.Accepted);
        Assert.Equal(2, harness.Fake.TokensIssued);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], harness.Fake.Requests(FakePortal.OrdersRoute).Select(request => request.Header("Authorization")));
    }

    [Fact]
    public async Task A_token_still_refused_after_renewal_makes_the_portal_unavailable()
    {
        await using var harness = await PortalHarness.StartAsync(PortalAuthMode.OAuth2);
        harness.Fake.Script(FakePortal.OrdersRoute, FakeAnswer.Fails(401), FakeAnswer.Fails(401));

        await Assert.ThrowsAsync<PortalUnavailableException>(
            () => harness.Portal.SubmitOrderAsync(SampleOrders.Placed(), CancellationToken.None));

        Assert.Equal(2, harness.Fake.Requests(FakePortal.OrdersRoute).Count);
        Assert.Equal(2, harness.Fake.TokensIssued);
    }

    [Fact]
    public async Task The_token_is_renewed_shortly_before_it_expires()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await PortalHarness.StartAsync(
            PortalAuthMode.OAuth2, services: services => services.AddSingleton<TimeProvider>(time));
        harness.Fake.TokenLifetimeSeconds = 600;

        await harness.Portal.ListBillingProfilesAsync("tenant-1", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(530));
        await harness.Portal.ListBillingProfilesAsync("tenant-1", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(20));
        await harness.Portal.ListBillingProfilesAsync("tenant-1", CancellationToken.None);

        Assert.Equal(2, harness.Fake.TokensIssued);
        Assert.Equal(
            ["Bearer token-1", "Bearer token-1", "Bearer token-2"],
            harness.Fake.Requests(FakePortal.BillingProfilesRoute).Select(request => request.Header("Authorization")));
    }

    [Fact]
    public async Task Refused_client_credentials_make_the_portal_unavailable()
    {
        await using var harness = await PortalHarness.StartAsync(
            PortalAuthMode.OAuth2, new Dictionary<string, string?> { ["Portal:Http:ClientSecret"] = "wrong" });

        var exception = await Assert.ThrowsAsync<PortalUnavailableException>(
            () => harness.Portal.ListBillingProfilesAsync("tenant-1", CancellationToken.None));

        Assert.Contains("invalid_client", exception.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Fake.Requests(FakePortal.BillingProfilesRoute));
    }
}
