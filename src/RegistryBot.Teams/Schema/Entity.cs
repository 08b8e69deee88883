namespace RegistryBot.Teams.Schema;

/// <summary>An activity entity; only <c>mention</c> is read, other types pass through untouched.</summary>
public sealed class Entity
{
    public string? Type { get; set; }
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }
}
