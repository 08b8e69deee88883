using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>
/// The built-in simulator, except that it may be down for every order, and that it never lets the bot
/// order for one tenant, as a portal whose credentials lack that tenant answers (403).
/// </summary>
public sealed class TenantRefusingPortal(IRegistryPortal inner, string refusedTenantId) : IRegistryPortal
{
    private volatile bool _down;

    public bool Down
    {
        get => _down;
        set => _down = value;
    }

    public Task<PortalSubmission> SubmitOrderAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.TenantId == refusedTenantId)
        {
            throw new PortalUnavailableException("The portal answered 403 to submit an order: this client may not order for the tenant.") { ForOneTenant = true };
        }

        return Down
            ? throw new PortalUnavailableException("The portal answered 503 to submit an order.")
            : inner.SubmitOrderAsync(order, cancellationToken);
    }

    public Task<IReadOnlyList<BillingProfile>> ListBillingProfilesAsync(string tenantId, CancellationToken cancellationToken) =>
        inner.ListBillingProfilesAsync(tenantId, cancellationToken);

    public Task<IReadOnlyList<PortalOrderStatus>> GetStatusesAsync(IReadOnlyCollection<string> orderIds, CancellationToken cancellationToken) =>
        inner.GetStatusesAsync(orderIds, cancellationToken);

    public Task<PortalTicket> CreateTicketAsync(TicketRequest request, CancellationToken cancellationToken) =>
        inner.CreateTicketAsync(request, cancellationToken);
}
