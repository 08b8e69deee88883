using System.Net;
using LiteDB;
using RegistryBot.Audit;
using RegistryBot.Conversations.Turns;
using RegistryBot.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// The door of <c>/api/messages</c>: a per-user token bucket (here 5 at once, 1 more per second)
/// answers 429 with Retry-After beyond it, and the tenant allow-list answers 403 to any other tenant.
/// A refused turn leaves nothing behind: no reference, no dedupe entry, no reply, no handler call.
/// </summary>
public sealed class RateLimitTests(RateLimitTests.Fixture fixture, ITestOutputHelper output) : IClassFixture<RateLimitTests.Fixture>
{
    private const string AllowedTenant = Member.DefaultTenantId;
    private const string OtherTenant = "0b3e4c1a-6f55-4b0e-9d8b-2f4c1e7a9d01";

    private InProcessBot Bot => fixture.Bot;

    [Fact]
    public async Task Turns_beyond_the_per_user_burst_get_429_with_Retry_After_and_leave_nothing_stored()
    {
        var user = Member.Personal(AllowedTenant);
        var handled = Bot.Handler.Calls;
        var authorization = Bot.Tokens.BearerFor(Bot.Activities.ServiceUrl);
        var outcomes = new List<(Member Conversation, string ActivityId, HttpStatusCode Status, string? RetryAfter)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 12; i++)
        {
            // The same user in a new conversation each time, so each turn's traces can be looked for on their own.
            var conversation = user with { ConversationId = $"a:{Guid.NewGuid():N}" };
            var activity = Bot.Activities.Message("help", conversation);
            using var response = await Bot.PostAsync(activity, authorization);
            outcomes.Add((conversation, (string)activity["id"]!, response.StatusCode, response.Headers.RetryAfter?.ToString()));
        }

        // The bucket gains one turn a second, so a slow machine may let a few more through.
        var refills = (int)Math.Ceiling(clock.Elapsed.TotalSeconds);

        var accepted = outcomes.Where(o => o.Status == HttpStatusCode.OK).ToList();
        var refused = outcomes.Where(o => o.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(outcomes.Count, accepted.Count + refused.Count);
        Assert.All(outcomes.Take(5), o => Assert.Equal(HttpStatusCode.OK, o.Status));
        Assert.InRange(accepted.Count, 5, 5 + refills);
        Assert.NotEmpty(refused);
        Assert.All(refused, o => Assert.True(int.TryParse(o.RetryAfter, out var seconds) && seconds >= 1, $"Retry-After was '{o.RetryAfter}'."));

        await Bot.ProbeAsync();
        Assert.Equal(handled + accepted.Count + 1, Bot.Handler.Calls);
        var seen = Bot.Database.GetCollection(SeenActivitySetup.CollectionName);
        foreach (var (conversation, activityId, _, _) in refused)
        {
            Assert.Null(Bot.References.Find(conversation.ConversationId));
            Assert.Null(seen.FindById(new BsonValue(conversation.ConversationId + "\n" + activityId)));
            Assert.DoesNotContain(Bot.Connector.Requests, request => request.ConversationId == conversation.ConversationId);
        }

        foreach (var (conversation, _, _, _) in accepted)
        {
            Assert.NotNull(Bot.References.Find(conversation.ConversationId));
        }

        // Another user of the same tenant has a bucket of their own.
        using (var other = await Bot.PostAsync(Bot.Activities.Message("help", Member.Personal(AllowedTenant)), CancellationToken.None))
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        Figures.Record(output, nameof(RateLimitTests), "turns sent at once by one user", outcomes.Count);
        Figures.Record(output, nameof(RateLimitTests), "accepted (burst 5, 1/s)", accepted.Count);
        Figures.Record(output, nameof(RateLimitTests), "refused with 429 and Retry-After", refused.Count);
    }

    [Fact]
    public async Task A_tenant_not_on_the_allow_list_gets_403_an_audit_entry_and_nothing_else()
    {
        var stranger = Member.Personal(OtherTenant);
        var handled = Bot.Handler.Calls;
        var refusals = Refusals(OtherTenant);

        using var response = await Bot.PostAsync(Bot.Activities.Message("order", stranger), CancellationToken.None);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("does not serve your organisation", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Bot.ProbeAsync();
        Assert.Equal(handled + 1, Bot.Handler.Calls);
        Assert.Null(Bot.References.Find(stranger.ConversationId));
        Assert.DoesNotContain(Bot.Connector.Requests, request => request.ConversationId == stranger.ConversationId);
        var entry = Assert.Single(Bot.Audit.Recent(10_000), e => e.Kind == AuditKinds.TenantRefused && e.ConversationId == stranger.ConversationId);
        Assert.Equal(OtherTenant, entry.TenantId);
        Assert.Equal(stranger.AadObjectId, entry.UserId);
        Assert.Equal(refusals + 1, Refusals(OtherTenant));
    }

    private int Refusals(string tenantId) => Bot.Audit.Recent(10_000).Count(e => e.Kind == AuditKinds.TenantRefused && e.TenantId == tenantId);

    public sealed class Fixture : InProcessBotFixture
    {
        protected override string[] Settings =>
        [
            "--Bot:RateLimits:PerUserBurst=5",
            "--Bot:RateLimits:PerUserPerSecond=1",
            $"--Bot:AllowedTenants:0={AllowedTenant}",
        ];
    }
}
