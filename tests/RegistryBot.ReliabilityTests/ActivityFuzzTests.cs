using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Unicode;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using RegistryBot.Ordering.Tickets;
using RegistryBot.ReliabilityTests.Fuzzing;
using RegistryBot.ReliabilityTests.Infrastructure;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;
using Activity = RegistryBot.Teams.Schema.Activity;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Malformed and mutated activities and card submits, generated with CsCheck: most go straight to the
/// app's activity handler in this process (parsed and checked as the endpoint does, answered through a
/// connector that only counts), a smaller share through HTTP with a valid token. No case may cause a
/// 5xx or an unhandled exception, and no invalid submit may change the drafts under attack or create an
/// order or a ticket. <c>RELIABILITY_FUZZ_CASES</c> changes the in-process count (default 100,000).
/// </summary>
public sealed class ActivityFuzzTests(ActivityFuzzTests.Fixture fixture, ITestOutputHelper output) : IClassFixture<ActivityFuzzTests.Fixture>
{
    private const int HttpCases = 3_000;

    [Fact]
    public async Task Malformed_activities_and_invalid_submits_cause_no_5xx_no_exception_and_no_state_change()
    {
        var bot = fixture.Bot;
        var cases = int.TryParse(Environment.GetEnvironmentVariable("RELIABILITY_FUZZ_CASES"), out var configured) && configured > 0 ? configured : 100_000;
        var world = await fixture.WorldAsync();
        var before = State(bot, world);
        var handler = bot.Handler.Inner;
        var connector = new RecordingConnector();
        var outcomes = new ConcurrentDictionary<string, int>();
        void Count(string outcome) => outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);

        var clock = Stopwatch.StartNew();
        await ActivityGenerators.All(world).SampleAsync(
            async fuzz =>
            {
                // What the endpoint does before the app sees an activity (ActivityEndpoint.ParseActivity).
                if (!Utf8.IsValid(fuzz.Body))
                {
                    Count("400: not UTF-8");
                    return;
                }

                Activity? activity;
                try
                {
                    activity = JsonSerializer.Deserialize(fuzz.Body, TeamsJsonContext.Default.Activity);
                }
                catch (JsonException)
                {
                    Count("400: not an activity");
                    return;
                }

                if (activity is null || ActivityShape.Problem(activity) is not null)
                {
                    Count("400: no type, serviceUrl or conversation, or an id too long");
                    return;
                }

                ActivityShape.RemoveNullEntries(activity);
                var response = await handler.HandleAsync(new TurnContext(activity, authenticated: true, connector), CancellationToken.None);
                if (response is { StatusCode: >= 500 })
                {
                    throw new InvalidOperationException($"A 5xx invoke answer: {JsonSerializer.Serialize(response, TeamsJsonContext.Default.InvokeResponse)}");
                }

                // The endpoint serialises the answer; that must not fail either.
                _ = JsonSerializer.SerializeToUtf8Bytes(response, TeamsJsonContext.Default.InvokeResponse);
                Count(response is null ? "handled, no invoke answer" : $"handled, invoke {response.StatusCode}");
            },
            iter: cases,
            threads: 2,
            print: fuzz => fuzz.ToString());
        var inProcess = clock.Elapsed;

        using var client = new HttpClient { BaseAddress = bot.BaseAddress };
        var authorization = AuthenticationHeaderValue.Parse(bot.Tokens.BearerFor(world.ServiceUrl));
        clock.Restart();
        await ActivityGenerators.All(world).SampleAsync(
            async fuzz =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(fuzz.Body) };
                request.Headers.Authorization = authorization;
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.SendAsync(request);
                if ((int)response.StatusCode >= 500)
                {
                    throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }

                Count($"HTTP {(int)response.StatusCode}");
            },
            iter: HttpCases,
            threads: 2,
            print: fuzz => fuzz.ToString());
        var overHttp = clock.Elapsed;

        Assert.Equal(before, State(bot, world));
        await bot.ProbeAsync();

        const string test = nameof(ActivityFuzzTests);
        Figures.Record(output, test, "cases in process", cases);
        Figures.Record(output, test, "cases over HTTP", HttpCases);
        Figures.Record(output, test, "seconds in process", inProcess.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
        Figures.Record(output, test, "seconds over HTTP", overHttp.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (outcome, count) in outcomes.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            Figures.Record(output, test, outcome, count);
        }

        Figures.Record(output, test, "replies the handler sent (to a recorder)", connector.Calls);
        Figures.Record(output, test, "5xx answers and unhandled exceptions", 0);
    }

    /// <summary>The attacked drafts exactly as stored, and how many orders and tickets exist.</summary>
    private static string State(InProcessBot bot, FuzzWorld world)
    {
        var drafts = bot.Services.GetRequiredService<DraftStore>();
        var orders = bot.Database.GetCollection<Order>(OrderSetup.CollectionName);
        var tickets = bot.Database.GetCollection<OrderTicket>(TicketSetup.CollectionName);
        return string.Join("\n", world.Targets.Select(target => JsonSerializer.Serialize(drafts.Find(target.DraftId))))
            + $"\norders: {orders.Count()}, tickets: {tickets.Count()}, order {world.OrderId}: {JsonSerializer.Serialize(orders.FindById(world.OrderId))}";
    }

    public sealed class Fixture : InProcessBotFixture
    {
        private FuzzWorld? _world;

        // The status job must not move the real order meanwhile: it would change state on its own.
        protected override string[] Settings => [.. base.Settings, "--Portal:Simulator:ProcessingAfter=1.00:00:00"];

        /// <summary>A placed order and two drafts at their storage step (a personal chat and a group chat), and users who own nothing.</summary>
        public async Task<FuzzWorld> WorldAsync()
        {
            if (_world is not null)
            {
                return _world;
            }

            var alice = Member.Personal();
            var aliceDriver = Bot.Driver(alice);
            var orderId = (await aliceDriver.PlaceOrderAsync()).OrderId!;
            var group = Member.GroupChat();
            var targets = new List<FuzzTarget>();
            foreach (var owner in new[] { alice, group })
            {
                var driver = Bot.Driver(owner);
                var card = await driver.SendAsync("order");
                foreach (var step in new[] { "service", "nodeSize" })
                {
                    var answer = await driver.ClickAsync(card, "order.next", OrderForm.InputsOf(step));
                    card = new ShownCard(card.MessageId, answer.Card!);
                }

                Assert.Equal("storage", card.Step);
                targets.Add(new FuzzTarget(owner, card.DraftId!, "storage"));
            }

            Member[] strangers =
            [
                .. Enumerable.Range(0, 12).Select(_ => Member.Personal()),
                .. Enumerable.Range(0, 4).Select(_ => Member.GroupChat()),
                Member.Personal("0b3e4c1a-6f55-4b0e-9d8b-2f4c1e7a9d01"),
                Member.Personal(string.Empty),
                alice.AnotherUser("Mallory"),
                alice.AnotherUser("Mallory") with { TenantId = "0b3e4c1a-6f55-4b0e-9d8b-2f4c1e7a9d01" },
                group.AnotherUser("Dave"),
                group.AnotherUser("Eve") with { TenantId = "0b3e4c1a-6f55-4b0e-9d8b-2f4c1e7a9d01" },
            ];
            _world = new FuzzWorld(Bot.Connector.ServiceUrl, Bot.Activities.BotId, targets, orderId, strangers);
            return _world;
        }
    }
}
