using RegistryBot.Cards;
using RegistryBot.Conversations;
using RegistryBot.Conversations.Waterfall;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Portal;

namespace RegistryBot.Tests.Cards.Samples;

/// <summary>Binds every sample card once per test class, through the services of a built app.</summary>
public sealed class CardSampleFixture : IAsyncLifetime
{
    internal IReadOnlyList<BoundCard> Cards { get; private set; } = [];

    /// <summary>The verbs the app's <see cref="VerbRouter"/> routes to a handler.</summary>
    internal IReadOnlySet<string> KnownVerbs { get; private set; } = new HashSet<string>();

    public async Task InitializeAsync()
    {
        await using var app = SampleApp.Build();
        var flow = new DraftFlow(app.Get<OrderWaterfall>());
        var orders = new SampleOrders(app.Get<OrderChoicesCheck>(), app.Get<OrderCatalog>());

        var steps = await new StepCardSamples(flow, app.Get<StepCardRenderer>(), app.Get<OrderChoicesCheck>()).BuildAsync();
        var statuses = await new StatusCardSamples(flow, orders, app.Get<StatusCards>()).BuildAsync();
        var tickets = await new TicketCardSamples(flow, orders, app.Get<TicketCards>(), app.Get<IRegistryPortal>()).BuildAsync();
        var conversation = new ConversationCardSamples(app.Get<BotCards>(), app.Get<NoticeCards>()).Build();
        Cards = [.. steps, .. statuses, .. tickets, .. conversation];
        KnownVerbs = app.Get<VerbRouter>().Verbs.ToHashSet(StringComparer.Ordinal);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
