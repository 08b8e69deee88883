namespace RegistryBot.Ordering.Catalog;

public sealed class RegionOption
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
