using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using RegistryBot.Notifications;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using RegistryBot.Portal.Simulator;
using RegistryBot.Storage;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>What the running bot has stored, read through its own stores.</summary>
public static class BotState
{
    public static OrderDraft Draft(this ITestBot bot, string? draftId) =>
        bot.Host.Services.GetRequiredService<DraftStore>().Find(draftId ?? throw new ArgumentNullException(nameof(draftId)))
            ?? throw new Xunit.Sdk.XunitException($"No draft {draftId} is stored.");

    /// <summary>Everything stored about a draft, to compare before and after an action that must change nothing.</summary>
    public static string DraftSnapshot(this ITestBot bot, string? draftId) => System.Text.Json.JsonSerializer.Serialize(bot.Draft(draftId));

    public static Order Order(this ITestBot bot, string? orderId) =>
        bot.Host.Services.GetRequiredService<OrderStore>().Find(orderId ?? throw new ArgumentNullException(nameof(orderId)))
            ?? throw new Xunit.Sdk.XunitException($"No order {orderId} is stored.");

    /// <summary>Waits until the bot has recorded that the portal took the order, which it hands over after answering.</summary>
    public static Task<Order> TakenByPortalAsync(this ITestBot bot, string? orderId) =>
        Eventually.Until(() => bot.Order(orderId), order => order.SubmittedToPortalAt is not null, TestTimeouts.Reply, $"the portal to take {orderId}");

    public static IReadOnlyList<Order> AllOrders(this ITestBot bot) =>
        bot.Database().GetCollection<Order>(OrderSetup.CollectionName).FindAll().ToList();

    public static IReadOnlyList<OutboxEntry> Outbox(this ITestBot bot, string orderId) =>
        bot.Host.Services.GetRequiredService<OutboxStore>().ForOrder(orderId);

    public static IReadOnlyList<SimulatedTicket> SimulatorTickets(this ITestBot bot, string orderId) =>
        bot.SimulatorStore().Use(database =>
            database.GetCollection<SimulatedTicket>(SimulatorSetup.TicketsCollection).Find(ticket => ticket.OrderId == orderId).ToList());

    public static IReadOnlyList<SimulatedPortalOrder> SimulatorOrders(this ITestBot bot) =>
        bot.SimulatorStore().Use(database => database.GetCollection<SimulatedPortalOrder>(SimulatorSetup.OrdersCollection).FindAll().ToList());

    private static SimulatorStore SimulatorStore(this ITestBot bot) => bot.Host.Services.GetRequiredService<SimulatorStore>();

    private static LiteDatabase Database(this ITestBot bot) => bot.Host.Services.GetRequiredService<LiteDbStore>().Database;
}
