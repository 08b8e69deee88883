using RegistryBot.Ordering.Orders;
using RegistryBot.Portal.Http.Contracts;

namespace RegistryBot.Portal.Http;

/// <summary>Maps between the domain records and the portal API's payloads.</summary>
internal static class PortalContracts
{
    public static OrderSubmissionDto ToSubmission(Order order)
    {
        var choices = order.Choices;
        var newBilling = choices.NewBilling is { } billing
            ? new NewBillingProfileDto(billing.Company, billing.Email, billing.Address)
            : null;
        return new OrderSubmissionDto(
            order.Id,
            order.TenantId,
            new PlacedByDto(order.PlacedByUserId, order.PlacedByName),
            choices.ServiceType,
            choices.NodeSize,
            choices.StorageGb,
            choices.TrustedSources,
            choices.Region,
            newBilling is null ? choices.BillingProfileId : null,
            newBilling,
            order.AcceptedTermsVersion,
            ToMilliseconds(AsUtc(order.PlacedAt)));
    }

    public static TicketRequestDto ToTicketRequest(TicketRequest request) =>
        new(request.RequestId, request.OrderId, request.TenantId, request.RequestedBy, request.Description);

    public static BillingProfile ToBillingProfile(BillingProfileDto profile) => new(profile.Id, profile.Name);

    public static PortalOrderStatus ToStatus(OrderStatusDto status) =>
        new(status.OrderId, status.Status, status.ChangedAt?.UtcDateTime, status.Reason);

    public static PortalTicket ToTicket(TicketDto ticket) => new(ticket.Reference, ticket.Url);

    // Dates are UTC throughout the app; one read back from storage may carry an unspecified kind.
    // The data file keeps times to the millisecond; a turn submits the order it holds in memory, to the tick.
    // The portal answers a repeated order id with different content 409, so every submission of an order,
    // the turn's and the status job's later offers of the stored order, must carry the same placedAt.
    private static DateTimeOffset ToMilliseconds(DateTimeOffset value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerMillisecond), value.Offset);

    private static DateTimeOffset AsUtc(DateTime value) =>
        new(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
