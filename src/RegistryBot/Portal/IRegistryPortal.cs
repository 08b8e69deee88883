using RegistryBot.Ordering.Orders;

namespace RegistryBot.Portal;

/// <summary>The provider's customer portal, as far as ordering and following a registry needs it.</summary>
public interface IRegistryPortal
{
    Task<IReadOnlyList<BillingProfile>> ListBillingProfilesAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Hands a placed order to the portal for provisioning; repeating it for the same order is harmless.</summary>
    Task<PortalSubmission> SubmitOrderAsync(Order order, CancellationToken cancellationToken);

    /// <summary>The current status of each order the portal knows among <paramref name="orderIds"/>; unknown ids are left out.</summary>
    Task<IReadOnlyList<PortalOrderStatus>> GetStatusesAsync(IReadOnlyCollection<string> orderIds, CancellationToken cancellationToken);

    /// <summary>Opens a support ticket; the same <see cref="TicketRequest.RequestId"/> always yields the same ticket.</summary>
    Task<PortalTicket> CreateTicketAsync(TicketRequest request, CancellationToken cancellationToken);
}
