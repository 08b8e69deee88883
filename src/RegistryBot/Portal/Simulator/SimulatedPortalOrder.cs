namespace RegistryBot.Portal.Simulator;

/// <summary>The simulator's record of a submitted order; its status follows from the time since submission.</summary>
public sealed class SimulatedPortalOrder
{
    public required string Id { get; set; }

    public required string Region { get; set; }

    public DateTime SubmittedAt { get; set; }

    /// <summary>Decided once at submission, so that a restart does not change an order's fate.</summary>
    public string? FailureReason { get; set; }
}
