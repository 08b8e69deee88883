using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RegistryBot.Notifications;
using RegistryBot.Ordering.Orders;
using RegistryBot.Storage;
using RegistryBot.Teams.Connector;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Tests.Notifications;

/// <summary>Delivery against a scripted connector and a fake clock: Retry-After, the tenant's pause, outages, refusals and failures.</summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private static readonly DateTime Noon = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("registrybot-delivery-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(Noon));
    private readonly ScriptedConnector _connector = new();
    private WebApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = RegistryBotApp.Build(
            [
                "--urls", "http://127.0.0.1:0",
                "--Storage:Path=" + Path.Combine(_folder.FullName, "registrybot.db"),
                // Pacing waits on the clock, which only these tests move: it has tests of its own.
                "--StatusPolling:TenantRequestsPerSecond=0",
                "--StatusPolling:ConversationMessageInterval=00:00:00",
            ],
            services =>
            {
                services.AddSingleton<TimeProvider>(_time);
                services.AddSingleton<IConnectorClient>(_connector);
            });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    private OutboxDelivery Delivery => _app.Services.GetRequiredService<OutboxDelivery>();

    private OutboxEntry Entry(string id) =>
        _app.Services.GetRequiredService<OutboxStore>().Collection.FindById(id);

    [Fact]
    public async Task A_Retry_After_longer_than_MaxBackoff_is_honoured()
    {
        Seed("ORD-RA0001", "conv-1");
        _connector.Answer = _ => new ConnectorResult(ConnectorOutcome.Throttled, StatusCode: 429, RetryAfter: TimeSpan.FromMinutes(10));

        await Delivery.RunAsync(CancellationToken.None);
        var entry = Entry(OutboxEntry.IdOf("ORD-RA0001", OrderStatus.Processing));

        // Teams asked for ten minutes: nothing may be sent to it before then.
        Assert.True(entry.NextAttemptAt >= Noon.AddMinutes(10), $"next attempt at {entry.NextAttemptAt:O}, Retry-After ends at {Noon.AddMinutes(10):O}");
    }

    [Fact]
    public async Task After_a_429_no_conversation_of_that_tenant_is_sent_to_before_its_Retry_After_and_other_tenants_go_on()
    {
        Seed("ORD-TH0001", "conv-throttled", "tenant-a");
        Seed("ORD-TH0002", "conv-same-tenant", "tenant-a", due: Noon.AddSeconds(10));
        Seed("ORD-TH0003", "conv-other-tenant", "tenant-b");
        var throttledOnce = false;
        _connector.Answer = conversationId =>
        {
            if (conversationId == "conv-throttled" && !throttledOnce)
            {
                throttledOnce = true;
                return new ConnectorResult(ConnectorOutcome.Throttled, StatusCode: 429, RetryAfter: TimeSpan.FromSeconds(30));
            }

            return new ConnectorResult(ConnectorOutcome.Sent, "activity-" + conversationId, 201);
        };

        await Delivery.RunAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(15));
        await Delivery.RunAsync(CancellationToken.None);

        Assert.Equal(["conv-other-tenant", "conv-throttled"], _connector.Calls.Order(StringComparer.Ordinal));
        var waiting = Entry(OutboxEntry.IdOf("ORD-TH0002", OrderStatus.Processing));
        Assert.Equal((OutboxState.Pending, 0), (waiting.State, waiting.Attempts));

        _time.Advance(TimeSpan.FromSeconds(16));
        await Delivery.RunAsync(CancellationToken.None);

        Assert.Equal(OutboxState.Delivered, Entry(OutboxEntry.IdOf("ORD-TH0001", OrderStatus.Processing)).State);
        Assert.Equal(OutboxState.Delivered, Entry(OutboxEntry.IdOf("ORD-TH0002", OrderStatus.Processing)).State);
    }

    [Fact]
    public async Task A_long_429_storm_followed_by_one_error_does_not_lose_the_notification()
    {
        Seed("ORD-ST0001", "conv-1");
        var calls = 0;
        _connector.Answer = _ => ++calls < 20
            ? new ConnectorResult(ConnectorOutcome.Throttled, StatusCode: 429, RetryAfter: TimeSpan.FromSeconds(30))
            : new ConnectorResult(ConnectorOutcome.Failed, StatusCode: 500, ErrorCode: "ServiceError");

        for (var round = 0; round < 20; round++)
        {
            await Delivery.RunAsync(CancellationToken.None);
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        var entry = Entry(OutboxEntry.IdOf("ORD-ST0001", OrderStatus.Processing));
        Assert.Equal(20, calls);
        // Nineteen throttled answers and one 500: the first real failure must not make it undeliverable.
        Assert.Equal(OutboxState.Pending, entry.State);
    }

    [Fact]
    public async Task A_connector_outage_of_two_hours_loses_no_notification()
    {
        Seed("ORD-OUT001", "conv-1");
        var down = true;
        _connector.Answer = _ => down
            ? new ConnectorResult(ConnectorOutcome.Failed, ErrorCode: "Transport", ErrorMessage: "Connection refused")
            : new ConnectorResult(ConnectorOutcome.Sent, "activity-1", 201);

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(2); elapsed += TimeSpan.FromSeconds(30))
        {
            await Delivery.RunAsync(CancellationToken.None);
            _time.Advance(TimeSpan.FromSeconds(30));
        }

        down = false;
        _time.Advance(TimeSpan.FromMinutes(10));
        await Delivery.RunAsync(CancellationToken.None);

        var entry = Entry(OutboxEntry.IdOf("ORD-OUT001", OrderStatus.Processing));
        Assert.Equal(OutboxState.Delivered, entry.State);
    }

    [Fact]
    public async Task A_notification_the_connector_keeps_refusing_for_itself_is_given_up_after_the_configured_refusals()
    {
        Seed("ORD-BR0001", "conv-1");
        var calls = 0;
        _connector.Answer = _ =>
        {
            calls++;
            return new ConnectorResult(ConnectorOutcome.Failed, StatusCode: 400, ErrorCode: "BadArgument");
        };

        for (var round = 0; round < 25; round++)
        {
            await Delivery.RunAsync(CancellationToken.None);
            _time.Advance(TimeSpan.FromMinutes(10));
        }

        var entry = Entry(OutboxEntry.IdOf("ORD-BR0001", OrderStatus.Processing));
        Assert.Equal((OutboxState.Undeliverable, 20, 20), (entry.State, entry.Refusals, calls));
    }

    [Fact]
    public async Task A_notification_whose_post_throws_is_tried_again_later_and_the_other_conversations_still_get_theirs()
    {
        Seed("ORD-EX0001", "conv-broken");
        Seed("ORD-EX0002", "conv-fine");
        _connector.AnswerAsync = (conversationId, _) => conversationId == "conv-broken"
            ? throw new InvalidOperationException("a defect for this one notification")
            : Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, "activity-fine", 201));

        await Delivery.RunAsync(CancellationToken.None);

        var broken = Entry(OutboxEntry.IdOf("ORD-EX0001", OrderStatus.Processing));
        Assert.Equal(OutboxState.Pending, broken.State);
        Assert.True(broken.NextAttemptAt > Noon, "the failed notification is tried again after a backoff, not in the very next round");
        Assert.Equal(OutboxState.Delivered, Entry(OutboxEntry.IdOf("ORD-EX0002", OrderStatus.Processing)).State);
    }

    [Fact]
    public async Task One_conversations_failure_does_not_cancel_another_conversations_send_and_double_it()
    {
        Seed("ORD-PA0001", "conv-bad");
        Seed("ORD-PA0002", "conv-good");
        var badFailsOnce = true;
        var goodAccepted = new TaskCompletionSource();
        _connector.AnswerAsync = async (conversationId, token) =>
        {
            if (conversationId == "conv-bad")
            {
                await goodAccepted.Task;
                if (badFailsOnce)
                {
                    badFailsOnce = false;
                    // What MSAL throws from ConnectorClient when the token endpoint is unreachable.
                    throw new Microsoft.Identity.Client.MsalServiceException("request_timeout", "token endpoint did not answer");
                }

                return new ConnectorResult(ConnectorOutcome.Sent, "a-bad", 201);
            }

            // The connector has the message; its answer is still on its way.
            goodAccepted.TrySetResult();
            await Task.Delay(TimeSpan.FromMilliseconds(500), token);
            return new ConnectorResult(ConnectorOutcome.Sent, "a-good", 201);
        };

        try
        {
            await Delivery.RunAsync(CancellationToken.None);
        }
        catch (Exception)
        {
            // Reported below by what reached the chat.
        }

        await Delivery.RunAsync(CancellationToken.None);

        Assert.Equal(1, _connector.Calls.Count(call => call == "conv-good"));
    }

    private void Seed(string orderId, string conversationId, string tenantId = "tenant", DateTime? due = null)
    {
        var store = _app.Services.GetRequiredService<LiteDbStore>();
        var order = Order.Place(
            orderId,
            new OrderPlacement(
                "DRF-" + orderId, tenantId, "user", "User",
                new OrderConversation { ConversationId = conversationId, ConversationType = "personal", ServiceUrl = "https://smba.example/", ChannelId = "msteams", BotId = "28:b", BotName = "b" },
                new OrderChoices
                {
                    ServiceType = "harbor", NodeSize = "small", StorageGb = 50, TrustedSources = ["1.2.3.4/32"], Region = "de-west-2",
                    BillingProfileId = "BP-1001", BillingProfileName = "Main account",
                },
                "v1",
                null),
            Noon);
        order.StartProcessing(Noon);
        store.Database.GetCollection<Order>(OrderSetup.CollectionName).Insert(order);
        _app.Services.GetRequiredService<OutboxStore>().Collection.Insert(new OutboxEntry
        {
            Id = OutboxEntry.IdOf(orderId, OrderStatus.Processing),
            OrderId = orderId,
            Status = OrderStatus.Processing,
            ConversationId = conversationId,
            CreatedAt = Noon,
            NextAttemptAt = due ?? Noon,
        });
    }

    private sealed class ScriptedConnector : IConnectorClient
    {
        public ConcurrentQueue<string> Calls { get; } = new();

        public Func<string, ConnectorResult> Answer { get; set; } = _ => new ConnectorResult(ConnectorOutcome.Sent, "activity", 201);

        public Func<string, CancellationToken, Task<ConnectorResult>>? AnswerAsync { get; set; }

        public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, OutboundActivity activity, CancellationToken cancellationToken)
        {
            Calls.Enqueue(conversationId);
            return AnswerAsync is { } answer ? answer(conversationId, cancellationToken) : Task.FromResult(Answer(conversationId));
        }

        public Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, OutboundActivity activity, CancellationToken cancellationToken) =>
            Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, "reply", 201));

        public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, OutboundActivity activity, CancellationToken cancellationToken) =>
            Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, activityId, 200));

        public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
            Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, "conv", 201));
    }
}
