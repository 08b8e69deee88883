namespace RegistryBot.Teams.Schema;

/// <summary>The connector's answer to a send or update: the id of the activity it stored.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}
