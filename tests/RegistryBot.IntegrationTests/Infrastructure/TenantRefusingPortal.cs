using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>
/// The built-in simulator, except that it may be down for every order, and that it never lets the bot
/// order for one tenant, as a portal whose credentials lack that tenant answers (403).
/// </summary>
public sealed class TenantRefusingPortal(IRegistryPortal inner, string refusedTenantId) : PassThroughPortal(inner)
{
    private volatile bool _down;

    public bool Down
    {
        get => _down;
        set => _down = value;
    }

    public override Task<PortalSubmission> SubmitOrderAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.TenantId == refusedTenantId)
        {
            throw new PortalUnavailableException("The portal answered 403 to submit an order: this client may not order for the tenant.") { ForOneTenant = true };
        }

        return Down
            ? throw new PortalUnavailableException("The portal answered 503 to submit an order.")
            : base.SubmitOrderAsync(order, cancellationToken);
    }
}
