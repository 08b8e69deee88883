using System.ComponentModel.DataAnnotations;

namespace RegistryBot.Ordering.Catalog;

/// <summary>What the provider sells, bound from the <c>Catalog</c> section; empty lists take <see cref="CatalogDefaults"/>.</summary>
public sealed class CatalogOptions
{
    public const string SectionName = "Catalog";

    public List<ServiceTypeOption> ServiceTypes { get; set; } = [];

    public List<NodeSizeOption> NodeSizes { get; set; } = [];

    public StorageRange Storage { get; set; } = new();

    public List<RegionOption> Regions { get; set; } = [];

    public List<TermsLink> Terms { get; set; } = [];

    /// <summary>Recorded with every order, so that what the customer accepted is known later.</summary>
    [Required]
    public string TermsVersion { get; set; } = "2026-01";

    /// <summary>ISO 4217 code shown beside prices.</summary>
    [Required]
    public string Currency { get; set; } = "EUR";

    [Range(1, 1000)]
    public int MaxTrustedSources { get; set; } = 20;
}
