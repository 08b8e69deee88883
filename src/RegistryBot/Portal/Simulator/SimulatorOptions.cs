namespace RegistryBot.Portal;

/// <summary>The built-in portal simulator, for demos and local runs: no provider account needed.</summary>
public sealed class SimulatorOptions
{
    /// <summary>Billing profiles every tenant has; empty takes two demo profiles.</summary>
    public List<SimulatedBillingProfile> BillingProfiles { get; set; } = [];
}
