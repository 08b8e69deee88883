namespace RegistryBot.Ordering.Catalog;

public sealed class NodeSizeOption
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public int VCpu { get; set; }

    public int RamGb { get; set; }

    /// <summary>Optional; when every size has one, cards and the summary show prices.</summary>
    public decimal? MonthlyPrice { get; set; }
}
