using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;

namespace RegistryBot.Cards;

/// <summary>Binds an order's status card and the list of a conversation's orders.</summary>
public sealed class StatusCards(CardTemplates templates, OrderCatalog catalog, IOptions<PortalOptions> portal, TimeProvider time)
{
    public JsonObject Status(Order order, bool canRaiseTicket = true)
    {
        var failed = order.Status == OrderStatus.Failed;
        return templates.Bind("status", new JsonObject
        {
            ["orderId"] = order.Id,
            ["status"] = order.Status,
            ["statusColor"] = ColorOf(order.Status),
            ["statusText"] = Explain(order),
            ["failureReason"] = failed ? $"What went wrong: {order.FailureReason}" : null,
            ["choices"] = Choices(order),
            ["timeline"] = new JsonArray(order.History
                .Select(change => (JsonNode)new JsonObject { ["status"] = change.Status, ["at"] = Format(change.At) })
                .ToArray()),
            ["failed"] = failed,
            ["canRaiseTicket"] = failed && canRaiseTicket,
            ["ticketUrl"] = portal.Value.TicketUrlFor(order.Id),
        });
    }

    public JsonObject List(VisibleOrders visible, string title) => templates.Bind("statusList", new JsonObject
    {
        ["title"] = title,
        ["emptyText"] = visible.Total == 0 ? "No orders yet. Type **order** to order a registry." : null,
        ["moreText"] = visible.Total > visible.Newest.Count
            ? $"The {visible.Newest.Count} newest of {visible.Total} orders. Type **status** and an order id to see any other."
            : null,
        ["orders"] = new JsonArray(visible.Newest.Select(order => (JsonNode)new JsonObject
        {
            ["orderId"] = order.Id,
            ["status"] = order.Status,
            ["statusColor"] = ColorOf(order.Status),
            ["details"] = $"{catalog.FindNodeSize(order.Choices.NodeSize)?.Name ?? order.Choices.NodeSize}, {order.Choices.StorageGb} GB, " +
                $"{catalog.FindRegion(order.Choices.Region)?.Name ?? order.Choices.Region}; placed {Age(order.PlacedAt)} ago",
        }).ToArray()),
    });

    private JsonArray Choices(Order order)
    {
        var choices = order.Choices;
        var rows = new List<(string Title, string Value)>
        {
            ("Service type", catalog.FindServiceType(choices.ServiceType)?.Name ?? choices.ServiceType),
            ("Node size", catalog.FindNodeSize(choices.NodeSize) is { } size ? $"{size.Name} ({size.VCpu} vCPU, {size.RamGb} GB RAM)" : choices.NodeSize),
            ("Storage", $"{choices.StorageGb} GB"),
            ("Trusted sources", string.Join(", ", choices.TrustedSources)),
            ("Region", catalog.FindRegion(choices.Region)?.Name ?? choices.Region),
            ("Billing profile", choices.NewBilling is { } billing
                ? $"New: {billing.Company}, {billing.Email}"
                : choices.BillingProfileName is { } profileName ? $"{profileName} ({choices.BillingProfileId})" : choices.BillingProfileId),
            ("Placed by", order.PlacedByName ?? order.PlacedByUserId),
        };
        return new JsonArray(rows.Select(row => (JsonNode)new JsonObject { ["title"] = row.Title, ["value"] = row.Value }).ToArray());
    }

    private static string ColorOf(string status) => status switch
    {
        OrderStatus.Done => "Good",
        OrderStatus.Failed => "Attention",
        OrderStatus.Processing => "Accent",
        _ => "Default",
    };

    private static string Explain(Order order) => order.Status switch
    {
        OrderStatus.Failed when order.WasRefusedByPortal() => "The provider's portal did not accept this order, so nothing was provisioned. Please open a ticket on the provider's ticket page so that they can help you as quickly as possible.",
        OrderStatus.New => "Your order has been received. Provisioning starts shortly; I will post here when it does.",
        OrderStatus.Processing => "Your registry is being provisioned. I will post here when it is ready.",
        OrderStatus.Done => "Congratulations, your Harbor registry is ready.",
        OrderStatus.Failed => "Unfortunately something went wrong while provisioning your registry. Please open a ticket so that the provider can help you as quickly as possible.",
        _ => order.Status,
    };

    private string Age(DateTime placedAt)
    {
        var age = time.GetUtcNow().UtcDateTime - placedAt;
        return age.TotalMinutes < 1 ? "less than a minute"
            : age.TotalHours < 1 ? Plural((int)age.TotalMinutes, "minute")
            : age.TotalDays < 1 ? Plural((int)age.TotalHours, "hour")
            : Plural((int)age.TotalDays, "day");
    }

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";

    private static string Format(DateTime at) =>
        DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
