namespace RegistryBot.Teams.Schema;

/// <summary>A user or bot: <c>29:</c> ids are users, <c>28:</c> ids are bots in Teams.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }
}
