namespace RegistryBot.Teams.Schema;

public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }
    public TeamInfo? Team { get; set; }
    public TeamInfo? Channel { get; set; }
    public string? EventType { get; set; }
}

public sealed class TenantInfo
{
    public string? Id { get; set; }
}

public sealed class TeamInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
}
