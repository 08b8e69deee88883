using RegistryBot.Conversations.Waterfall;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;

namespace RegistryBot.Tests.Cards.Samples;

/// <summary>Orders placed from completed drafts with the real final check, then moved along the portal's life cycle.</summary>
internal sealed class SampleOrders(OrderChoicesCheck choicesCheck, OrderCatalog catalog)
{
    public static readonly DateTime PlacedAt = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    private readonly OrderIdSequence _ids = new();

    public async Task<Order> PlaceAsync(OrderDraft completed, DateTime placedAt)
    {
        var (choices, errors) = await choicesCheck.CheckAsync(completed, CancellationToken.None);
        if (choices is null)
        {
            throw new InvalidOperationException($"The sample draft cannot be placed: {string.Join(" ", errors)}");
        }

        var conversation = new OrderConversation
        {
            ConversationId = completed.ConversationId,
            ConversationType = "personal",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ChannelId = "msteams",
            BotId = "28:4f0c2b8e-6d1a-4e3b-9c7f-2a5d8e1b6c40",
            BotName = "RegistryBot",
        };
        var placement = new OrderPlacement(
            completed.Id, completed.TenantId, completed.UserId, completed.UserName, conversation, choices, catalog.TermsVersion, "1:1f8Kq2ZsL0");
        return Order.Place(_ids.Next(placedAt), placement, placedAt);
    }

    public async Task<Order> ProcessingAsync(OrderDraft completed, DateTime placedAt)
    {
        var order = await PlaceAsync(completed, placedAt);
        order.StartProcessing(placedAt.AddMinutes(3));
        return order;
    }

    public async Task<Order> DoneAsync(OrderDraft completed, DateTime placedAt)
    {
        var order = await ProcessingAsync(completed, placedAt);
        order.MarkDone(placedAt.AddMinutes(41));
        return order;
    }

    public async Task<Order> FailedAsync(OrderDraft completed, DateTime placedAt, string reason)
    {
        var order = await ProcessingAsync(completed, placedAt);
        order.MarkFailed(reason, placedAt.AddMinutes(17));
        return order;
    }
}
