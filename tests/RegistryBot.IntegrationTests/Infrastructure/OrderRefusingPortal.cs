using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>The built-in simulator, except that it refuses every order offered to it, as a portal answers 422.</summary>
public sealed class OrderRefusingPortal(IRegistryPortal inner, string reason) : IRegistryPortal
{
    public Task<PortalSubmission> SubmitOrderAsync(Order order, CancellationToken cancellationToken) =>
        Task.FromResult(new PortalSubmission(false, reason));

    public Task<IReadOnlyList<BillingProfile>> ListBillingProfilesAsync(string tenantId, CancellationToken cancellationToken) =>
        inner.ListBillingProfilesAsync(tenantId, cancellationToken);

    public Task<IReadOnlyList<PortalOrderStatus>> GetStatusesAsync(IReadOnlyCollection<string> orderIds, CancellationToken cancellationToken) =>
        inner.GetStatusesAsync(orderIds, cancellationToken);

    public Task<PortalTicket> CreateTicketAsync(TicketRequest request, CancellationToken cancellationToken) =>
        inner.CreateTicketAsync(request, cancellationToken);
}
