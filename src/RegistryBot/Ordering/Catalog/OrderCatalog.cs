using Microsoft.Extensions.Options;

namespace RegistryBot.Ordering.Catalog;

/// <summary>Read access to the configured catalog, with look-ups by code (ordinal, as codes are ids).</summary>
public sealed class OrderCatalog(IOptions<CatalogOptions> options)
{
    private readonly CatalogOptions _options = options.Value;

    public IReadOnlyList<ServiceTypeOption> ServiceTypes => _options.ServiceTypes;

    public IReadOnlyList<NodeSizeOption> NodeSizes => _options.NodeSizes;

    public StorageRange Storage => _options.Storage;

    public IReadOnlyList<RegionOption> Regions => _options.Regions;

    public IReadOnlyList<TermsLink> Terms => _options.Terms;

    public string TermsVersion => _options.TermsVersion;

    public string Currency => _options.Currency;

    public int MaxTrustedSources => _options.MaxTrustedSources;

    /// <summary>The smallest size by vCPU then RAM: the provider's advice is to start small and scale later.</summary>
    public NodeSizeOption RecommendedNodeSize => _options.NodeSizes.OrderBy(s => s.VCpu).ThenBy(s => s.RamGb).First();

    public bool ShowsPrices => _options.NodeSizes.All(size => size.MonthlyPrice is not null);

    public ServiceTypeOption? FindServiceType(string? code) => _options.ServiceTypes.FirstOrDefault(s => s.Code == code);

    public NodeSizeOption? FindNodeSize(string? code) => _options.NodeSizes.FirstOrDefault(s => s.Code == code);

    public RegionOption? FindRegion(string? code) => _options.Regions.FirstOrDefault(r => r.Code == code);

    public string FormatPrice(decimal amount) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{amount:0.00} {Currency}");
}
