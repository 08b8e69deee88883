namespace RegistryBot.Teams.Schema;

public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public bool? IsGroup { get; set; }
}
