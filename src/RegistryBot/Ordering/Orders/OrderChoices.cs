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

    public NewBillingProfile? NewBilling { get; set; }
}
