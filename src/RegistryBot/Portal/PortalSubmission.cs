namespace RegistryBot.Portal;

/// <summary>Whether the portal took the order; a refusal carries its reason.</summary>
public sealed record PortalSubmission(bool Accepted, string? Reason = null)
{
    public static PortalSubmission Ok { get; } = new(true);
}
