namespace RegistryBot.Ordering.Catalog;

public sealed class StorageRange
{
    /// <summary>The provider's floor: every registry starts with at least 50 GB.</summary>
    public const int AbsoluteMinimumGb = 50;

    public int MinGb { get; set; } = AbsoluteMinimumGb;

    public int MaxGb { get; set; } = 2000;

    public int StepGb { get; set; } = 1;

    public decimal? MonthlyPricePerGb { get; set; }
}
