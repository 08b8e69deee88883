using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>The built-in simulator, except that it refuses every order offered to it, as a portal answers 422.</summary>
public sealed class OrderRefusingPortal(IRegistryPortal inner, string reason) : PassThroughPortal(inner)
{
    public override Task<PortalSubmission> SubmitOrderAsync(Order order, CancellationToken cancellationToken) =>
        Task.FromResult(new PortalSubmission(false, reason));
}
