using System.Globalization;
using RegistryBot.Ordering.Orders;

namespace RegistryBot.Benchmarks.Infrastructure;

public static class SampleOrders
{
    public static string IdOf(int index) => string.Create(CultureInfo.InvariantCulture, $"ORD-{index:D10}");

    /// <summary>An order just placed and taken by the portal, as the status job finds it.</summary>
    public static Order Placed(int index, DateTime now)
    {
        var order = Order.Place(IdOf(index), Placement(string.Create(CultureInfo.InvariantCulture, $"DRF-{index:D10}"), "bench-user-" + (index % 500)), now);
        order.SubmittedToPortalAt = now;
        return order;
    }

    public static OrderPlacement Placement(string draftId, string userId) => new(
        draftId,
        "bench-tenant",
        userId,
        "Bench User",
        new OrderConversation
        {
            ConversationId = "a:" + userId,
            ConversationType = "personal",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ChannelId = "msteams",
            BotId = "28:registrybot-bench",
            BotName = "RegistryBot",
        },
        new OrderChoices
        {
            ServiceType = "harbor",
            NodeSize = "small",
            StorageGb = 100,
            TrustedSources = ["1.2.3.4/32"],
            Region = "de-west-1",
            BillingProfileId = "BP-1001",
        },
        "2025-01",
        "1");
}
