namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>A Teams conversation and the user talking in it, with ids unique to one test.</summary>
public sealed record Member(string ConversationId, string ConversationType, string TenantId, string UserId, string AadObjectId, string UserName)
{
    public const string DefaultTenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public bool IsPersonal => ConversationType == "personal";

    public static Member Personal(string? tenantId = null) => Create($"a:{Unique()}", "personal", tenantId);

    public static Member GroupChat(string? tenantId = null) => Create($"19:{Unique()}@thread.v2", "groupChat", tenantId);

    /// <summary>Another member of this conversation: same conversation and tenant, another user.</summary>
    public Member AnotherUser(string name = "Grace Hopper") =>
        this with { UserId = $"29:{Unique()}", AadObjectId = Guid.NewGuid().ToString(), UserName = name };

    private static Member Create(string conversationId, string type, string? tenantId) =>
        new(conversationId, type, tenantId ?? DefaultTenantId, $"29:{Unique()}", Guid.NewGuid().ToString(), "Ada Lovelace");

    private static string Unique() => Guid.NewGuid().ToString("N");
}
