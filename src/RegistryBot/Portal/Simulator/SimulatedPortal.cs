using Microsoft.Extensions.Options;
using RegistryBot.Ordering.Orders;

namespace RegistryBot.Portal.Simulator;

/// <summary>An in-process stand-in for the provider's portal, so the bot runs with no provider account.</summary>
public sealed class SimulatedPortal(IOptions<PortalOptions> options) : IRegistryPortal
{
    private static readonly SimulatedBillingProfile[] DemoProfiles =
    [
        new() { Id = "BP-1001", Name = "Main account (invoices by e-mail)" },
        new() { Id = "BP-1002", Name = "Engineering cost centre" },
    ];

    public Task<IReadOnlyList<BillingProfile>> ListBillingProfilesAsync(string tenantId, CancellationToken cancellationToken)
    {
        var configured = options.Value.Simulator.BillingProfiles;
        var profiles = (configured.Count == 0 ? DemoProfiles : [.. configured])
            .Where(profile => profile.TenantId == "*" || profile.TenantId == tenantId)
            .Select(profile => new BillingProfile(profile.Id, profile.Name))
            .ToList();
        return Task.FromResult<IReadOnlyList<BillingProfile>>(profiles);
    }

    public Task<PortalSubmission> SubmitOrderAsync(Order order, CancellationToken cancellationToken) =>
        Task.FromResult(PortalSubmission.Ok);
}
