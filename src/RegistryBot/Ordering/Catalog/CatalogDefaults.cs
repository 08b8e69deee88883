using Microsoft.Extensions.Options;

namespace RegistryBot.Ordering.Catalog;

/// <summary>
/// The catalog a provider would ship, used wherever configuration leaves a list empty (binding a
/// configured list onto non-empty defaults would append to them instead of replacing them).
/// </summary>
public sealed class CatalogDefaults : IPostConfigureOptions<CatalogOptions>
{
    public void PostConfigure(string? name, CatalogOptions options)
    {
        if (options.ServiceTypes.Count == 0)
        {
            options.ServiceTypes.Add(new ServiceTypeOption
            {
                Code = "harbor",
                Name = "Harbor",
                Description = "Managed Harbor private container registry: image scanning, signing, replication and role-based access.",
            });
        }

        if (options.NodeSizes.Count == 0)
        {
            options.NodeSizes.AddRange(
            [
                new NodeSizeOption { Code = "small", Name = "Small", VCpu = 2, RamGb = 8, MonthlyPrice = 99m },
                new NodeSizeOption { Code = "medium", Name = "Medium", VCpu = 4, RamGb = 16, MonthlyPrice = 189m },
                new NodeSizeOption { Code = "large", Name = "Large", VCpu = 8, RamGb = 32, MonthlyPrice = 359m },
            ]);
        }

        if (options.Regions.Count == 0)
        {
            options.Regions.AddRange(
            [
                new RegionOption { Code = "de-west-1", Name = "Germany West 1 (Cologne)" },
                new RegionOption { Code = "de-west-2", Name = "Germany West 2 (Düsseldorf)" },
                new RegionOption { Code = "de-north-2", Name = "Germany North 2 (Hamburg)" },
            ]);
        }

        if (options.Terms.Count == 0)
        {
            options.Terms.AddRange(
            [
                new TermsLink { Title = "General terms and conditions", Url = "https://provider.example/legal/terms" },
                new TermsLink { Title = "Data processing agreement", Url = "https://provider.example/legal/dpa" },
                new TermsLink { Title = "Service description: Private Registry", Url = "https://provider.example/legal/private-registry" },
            ]);
        }
    }
}
