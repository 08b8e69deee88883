namespace RegistryBot.Portal.Simulator;

public sealed class SimulatedTicket
{
    /// <summary>The request id: a second request with it finds this ticket instead of opening another.</summary>
    public required string Id { get; set; }

    public required string Reference { get; set; }

    public required string OrderId { get; set; }

    public required string TenantId { get; set; }

    public required string RequestedBy { get; set; }

    public required string Description { get; set; }

    public DateTime CreatedAt { get; set; }
}
