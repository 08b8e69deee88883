namespace RegistryBot.Ordering.Drafts;

/// <summary>Serialises every compare-and-set on drafts (saves and placement) within the process.</summary>
public sealed class DraftWriteGate
{
    public Lock Lock { get; } = new();
}
