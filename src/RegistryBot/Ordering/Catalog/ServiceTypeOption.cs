namespace RegistryBot.Ordering.Catalog;

public sealed class ServiceTypeOption
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;
}
