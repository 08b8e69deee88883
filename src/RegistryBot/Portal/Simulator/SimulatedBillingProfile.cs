namespace RegistryBot.Portal;

public sealed class SimulatedBillingProfile
{
    /// <summary>The tenant that owns the profile; <c>*</c> for every tenant.</summary>
    public string TenantId { get; set; } = "*";

    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
