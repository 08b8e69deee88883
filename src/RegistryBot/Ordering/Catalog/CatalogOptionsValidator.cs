using Microsoft.Extensions.Options;

namespace RegistryBot.Ordering.Catalog;

/// <summary>Checks the attributes on <see cref="CatalogOptions"/>, generated at build time: no reflection, so it survives trimming.</summary>
[OptionsValidator]
internal sealed partial class CatalogOptionsValidator : IValidateOptions<CatalogOptions>;
