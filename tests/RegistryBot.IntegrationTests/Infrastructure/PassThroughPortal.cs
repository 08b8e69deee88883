using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>A portal that passes every call to <paramref name="inner"/>; a test's portal changes only the calls it is about.</summary>
public abstract class PassThroughPortal(IRegistryPortal inner) : IRegistryPortal
{
    public virtual Task<PortalSubmission> SubmitOrderAsync(Order order, CancellationToken cancellationToken) =>
        inner.SubmitOrderAsync(order, cancellationToken);

    public virtual Task<IReadOnlyList<BillingProfile>> ListBillingProfilesAsync(string tenantId, CancellationToken cancellationToken) =>
        inner.ListBillingProfilesAsync(tenantId, cancellationToken);

    public virtual Task<IReadOnlyList<PortalOrderStatus>> GetStatusesAsync(IReadOnlyCollection<string> orderIds, CancellationToken cancellationToken) =>
        inner.GetStatusesAsync(orderIds, cancellationToken);

    public virtual Task<PortalTicket> CreateTicketAsync(TicketRequest request, CancellationToken cancellationToken) =>
        inner.CreateTicketAsync(request, cancellationToken);
}
