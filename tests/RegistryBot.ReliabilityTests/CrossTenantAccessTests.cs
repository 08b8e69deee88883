using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RegistryBot.Audit;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Tickets;
using RegistryBot.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Plan row 20: users of another tenant, and other users of the same tenant, name an order, a draft
/// or a ticket form that is not theirs. Every attempt is refused, audited, and answered exactly as if
/// the id did not exist (compared byte for byte once ids are blanked), so nothing leaks across tenants.
/// </summary>
public sealed class CrossTenantAccessTests(CrossTenantAccessTests.Fixture fixture, ITestOutputHelper output) : IClassFixture<CrossTenantAccessTests.Fixture>
{
    private const string OtherTenant = "0b3e4c1a-6f55-4b0e-9d8b-2f4c1e7a9d01";
    private const string NoSuchOrder = "ORD-0000000000";
    private static readonly string NoSuchDraft = "DRF-" + new string('0', 32);

    private InProcessBot Bot => fixture.Bot;

    public static TheoryData<string> Intruders => new() { "another tenant", "another tenant, same conversation id", "another user of the tenant" };

    [Theory]
    [MemberData(nameof(Intruders))]
    public async Task Orders_tickets_and_drafts_of_others_are_answered_like_ids_that_do_not_exist_and_audited(string intruder)
    {
        var (alice, orderId, ticketForm) = await fixture.AliceAsync();
        var draft = fixture.AliceDraft;
        var draftBefore = Snapshot(draft.DraftId!);
        var tickets = TicketsOf(orderId);
        var mallory = Intruder(intruder, alice);
        var driver = Bot.Driver(mallory);
        var audited = Bot.Audit.Recent(10_000).Count;
        var compared = 0;

        foreach (var command in new[] { "status {0}", "ticket {0}" })
        {
            var foreign = await driver.SendAsync(string.Format(command, orderId));
            var missing = await driver.SendAsync(string.Format(command, NoSuchOrder));
            AssertSameAnswer(foreign.Card.ToJsonString(), missing.Card.ToJsonString(), orderId);
            compared++;
        }

        foreach (var (verb, data) in new (string, Func<string, JsonObject>)[]
        {
            ("status.refresh", id => new JsonObject { ["orderId"] = id }),
            ("ticket.open", id => new JsonObject { ["orderId"] = id }),
            ("ticket.submit", id => new JsonObject { ["orderId"] = id, ["requestId"] = ticketForm, ["ticketDescription"] = "Let me in." }),
        })
        {
            var foreign = await driver.ExecuteAsync(verb, data(orderId), replyToId: null);
            var missing = await driver.ExecuteAsync(verb, data(NoSuchOrder), replyToId: null);
            AssertSameAnswer(foreign.RawBody, missing.RawBody, orderId);
            compared++;
        }

        foreach (var (verb, step, inputs) in new (string, string, JsonObject)[]
        {
            ("order.next", "service", new JsonObject { ["serviceType"] = "harbor" }),
            ("order.back", "service", []),
            ("order.cancel", "service", []),
            ("order.edit", "summary", []),
            ("order.place", "summary", new JsonObject { ["acceptTerms"] = "true" }),
        })
        {
            JsonObject Data(string id)
            {
                var data = new JsonObject { ["draftId"] = id, ["step"] = step };
                foreach (var (key, value) in inputs)
                {
                    data[key] = value?.DeepClone();
                }

                return data;
            }

            var foreign = await driver.ExecuteAsync(verb, Data(draft.DraftId!), replyToId: draft.MessageId);
            var missing = await driver.ExecuteAsync(verb, Data(NoSuchDraft), replyToId: draft.MessageId);
            AssertSameAnswer(foreign.RawBody, missing.RawBody, draft.DraftId!);
            compared++;
        }

        Assert.Equal(draftBefore, Snapshot(draft.DraftId!));
        Assert.Equal(tickets, TicketsOf(orderId));
        var events = Bot.Audit.Recent(10_000).Take(Bot.Audit.Recent(10_000).Count - audited).ToList();
        var orderEvents = events.Where(e => e.Kind == AuditKinds.InvisibleOrder && e.Subject == orderId && e.UserId == mallory.AadObjectId).ToList();
        Assert.Equal(5, orderEvents.Count);
        Assert.All(orderEvents, e => Assert.Equal(mallory.TenantId == alice.TenantId ? "another user's order" : "another tenant's order", e.Detail));
        Assert.Equal(5, events.Count(e => e.Kind == AuditKinds.ForeignDraft && e.Subject == draft.DraftId && e.UserId == mallory.AadObjectId));
        Figures.Record(output, nameof(CrossTenantAccessTests), $"{intruder}: answers compared with a missing id, all equal", compared);
        Figures.Record(output, nameof(CrossTenantAccessTests), $"{intruder}: audit entries written", orderEvents.Count + 5);
    }

    [Fact]
    public async Task Another_member_of_a_group_chat_cannot_use_someone_elses_order_form()
    {
        var carol = Member.GroupChat();
        var carolsCard = await Bot.Driver(carol).SendAsync("order");
        var before = Snapshot(carolsCard.DraftId!);
        var dave = carol.AnotherUser("Dave");
        var audited = Bot.Audit.Recent(10_000).Count(e => e.Kind == AuditKinds.CrossUserAction && e.Subject == carolsCard.DraftId);

        var answer = await Bot.Driver(dave).ClickAsync(carolsCard, "order.next", OrderForm.InputsOf("service"));

        Assert.Equal("application/vnd.microsoft.activity.message", answer.Type);
        Assert.Contains("belongs to Ada Lovelace", (string?)answer.Value, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(carolsCard.DraftId!));
        Assert.Equal(audited + 1, Bot.Audit.Recent(10_000).Count(e => e.Kind == AuditKinds.CrossUserAction && e.Subject == carolsCard.DraftId));
    }

    private Member Intruder(string intruder, Member alice) => intruder switch
    {
        "another tenant" => Member.Personal(OtherTenant),
        "another tenant, same conversation id" => alice.AnotherUser("Mallory") with { TenantId = OtherTenant },
        _ => Member.Personal(alice.TenantId),
    };

    private static void AssertSameAnswer(string foreign, string missing, string id)
    {
        var a = CardReader.WithoutIds(foreign, id, NoSuchOrder, NoSuchDraft);
        var b = CardReader.WithoutIds(missing, id, NoSuchOrder, NoSuchDraft);
        Assert.True(a == b, $"The answer differs from the one for an id that does not exist:\n{a}\n{b}");
        Assert.DoesNotContain("Contoso", a, StringComparison.Ordinal);
        Assert.DoesNotContain("de-west-1", a, StringComparison.Ordinal);
    }

    private string Snapshot(string draftId)
    {
        var draft = Bot.Services.GetRequiredService<DraftStore>().Find(draftId)!;
        return System.Text.Json.JsonSerializer.Serialize(draft);
    }

    private string TicketsOf(string orderId) =>
        string.Join(",", Bot.Services.GetRequiredService<TicketStore>().ForOrder(orderId).Select(ticket => ticket.Id + ticket.Reference));

    public sealed class Fixture : InProcessBotFixture
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private (Member Alice, string OrderId, string TicketForm)? _alice;

        /// <summary>Alice's open draft (at its first step) in the same personal chat.</summary>
        public ShownCard AliceDraft { get; private set; } = null!;

        /// <summary>Alice (tenant A, personal chat) with a placed order, a ticket about it, and an open draft.</summary>
        public async Task<(Member Alice, string OrderId, string TicketForm)> AliceAsync()
        {
            await _gate.WaitAsync();
            try
            {
                if (_alice is { } ready)
                {
                    return ready;
                }

                var alice = Member.Personal();
                var driver = Bot.Driver(alice);
                var orderId = (await driver.PlaceOrderAsync()).OrderId!;
                var form = await driver.SendAsync($"ticket {orderId}");
                var requestId = (string)CardReader.Action(form.Card, "ticket.submit")!["data"]!["requestId"]!;
                var created = await driver.ClickAsync(form, "ticket.submit", new JsonObject { ["ticketDescription"] = "The registry does not answer." });
                Assert.NotNull(created.Card);
                AliceDraft = await driver.SendAsync("order");
                _alice = (alice, orderId, requestId);
                return _alice.Value;
            }
            finally
            {
                _gate.Release();
            }
        }
    }
}
