using Microsoft.Extensions.Options;

namespace RegistryBot.Ordering.Catalog;

/// <summary>Refuses to start with a catalog that could not be ordered from.</summary>
public sealed class CatalogValidation : IValidateOptions<CatalogOptions>
{
    public ValidateOptionsResult Validate(string? name, CatalogOptions options)
    {
        var failures = new List<string>();
        var storage = options.Storage;
        if (storage.MinGb < StorageRange.AbsoluteMinimumGb)
        {
            failures.Add($"Catalog:Storage:MinGb must be at least {StorageRange.AbsoluteMinimumGb}.");
        }

        if (storage.MaxGb < storage.MinGb)
        {
            failures.Add("Catalog:Storage:MaxGb must not be below MinGb.");
        }

        if (storage.StepGb < 1)
        {
            failures.Add("Catalog:Storage:StepGb must be at least 1.");
        }

        failures.AddRange(Duplicates("ServiceTypes", options.ServiceTypes.Select(s => s.Code)));
        failures.AddRange(Duplicates("NodeSizes", options.NodeSizes.Select(s => s.Code)));
        failures.AddRange(Duplicates("Regions", options.Regions.Select(r => r.Code)));
        failures.AddRange(options.NodeSizes.Where(s => s.VCpu < 1 || s.RamGb < 1)
            .Select(s => $"Catalog:NodeSizes '{s.Code}' needs VCpu and RamGb."));
        failures.AddRange(options.Terms.Where(t => !Uri.TryCreate(t.Url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            .Select(t => $"Catalog:Terms '{t.Title}' needs an https URL."));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Duplicates(string list, IEnumerable<string> codes) =>
        codes.GroupBy(code => code, StringComparer.Ordinal)
            .Where(group => string.IsNullOrWhiteSpace(group.Key) || group.Count() > 1)
            .Select(group => $"Catalog:{list} has an empty or repeated code '{group.Key}'.");
}
