namespace RegistryBot.Ordering.Orders;

public sealed class StatusChange
{
    public string Status { get; set; } = string.Empty;

    public DateTime At { get; set; }

    public string? Reason { get; set; }
}
