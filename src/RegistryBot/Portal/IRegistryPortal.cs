using RegistryBot.Ordering.Orders;

namespace RegistryBot.Portal;

/// <summary>The provider's customer portal, as far as ordering a registry needs it.</summary>
public interface IRegistryPortal
{
    Task<IReadOnlyList<BillingProfile>> ListBillingProfilesAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Hands a placed order to the portal for provisioning; repeating it for the same order is harmless.</summary>
    Task<PortalSubmission> SubmitOrderAsync(Order order, CancellationToken cancellationToken);
}
