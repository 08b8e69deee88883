using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;

namespace RegistryBot.Tests.Portal;

internal static class SampleOrders
{
    public static readonly DateTime PlacedAt = new(2026, 11, 25, 12, 30, 0, DateTimeKind.Utc);

    public static Order Placed(string id = "ORD-1001", NewBillingProfile? newBilling = null) => Order.Place(
        id,
        new OrderPlacement(
            DraftId: "draft-1",
            TenantId: "tenant-1",
            UserId: "aad-user-1",
            UserName: "Ada Admin",
            Conversation: new OrderConversation { ConversationId = "conv-1", ServiceUrl = "https://smba.trafficmanager.net/emea/" },
            Choices: new OrderChoices
            {
                ServiceType = "harbor",
                NodeSize = "small",
                StorageGb = 120,
                TrustedSources = ["123.123.123.123/32", "222.222.222.128/28"],
                Region = "de-west-1",
                BillingProfileId = newBilling is null ? "BP-1001" : OrderDraft.NewBillingProfileId,
                NewBilling = newBilling,
            },
            TermsVersion: "2026-01",
            CardActivityId: null),
        PlacedAt);
}
