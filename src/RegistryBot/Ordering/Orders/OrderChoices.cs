using RegistryBot.Ordering.Drafts;

namespace RegistryBot.Ordering.Orders;

/// <summary>Exactly what the customer chose, frozen when the order was placed.</summary>
public sealed class OrderChoices
{
    public string ServiceType { get; set; } = string.Empty;

    public string NodeSize { get; set; } = string.Empty;

    public int StorageGb { get; set; }

    public List<string> TrustedSources { get; set; } = [];

    public string Region { get; set; } = string.Empty;

    /// <summary>An existing profile's id, or <c>new</c> with <see cref="NewBilling"/>.</summary>
    public string BillingProfileId { get; set; } = string.Empty;

    /// <summary>The existing profile's name as the portal listed it when the order was placed.</summary>
    public string? BillingProfileName { get; set; }

    public NewBillingProfile? NewBilling { get; set; }
}
