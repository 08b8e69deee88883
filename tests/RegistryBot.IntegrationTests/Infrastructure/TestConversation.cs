namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>A Teams conversation and the user talking in it, with ids unique to one test.</summary>
public sealed record TestConversation(string Id, string ConversationType, string TenantId, string UserId, string UserAadObjectId, string UserName)
{
    public const string DefaultTenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public bool IsPersonal => ConversationType == "personal";

    public static TestConversation Personal() => Create($"a:{Unique()}", "personal");

    public static TestConversation GroupChat() => Create($"19:{Unique()}@thread.v2", "groupChat");

    /// <summary>A thread of a team's channel: the channel's id, then <c>;messageid=</c> and the thread's first message.</summary>
    public static TestConversation ChannelThread(string channelId) => Create($"{channelId};messageid={Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999)}", "channel");

    public static string NewChannelId() => $"19:{Unique()}@thread.tacv2";

    /// <summary>A personal chat of a user in another organisation (tenant).</summary>
    public static TestConversation PersonalInOtherTenant() => Personal() with { TenantId = Guid.NewGuid().ToString() };

    /// <summary>Another member of this (group) conversation: same conversation and tenant, another user.</summary>
    public TestConversation AnotherMember(string name = "Grace Hopper") =>
        this with { UserId = $"29:{Unique()}", UserAadObjectId = Guid.NewGuid().ToString(), UserName = name };

    private static TestConversation Create(string id, string conversationType) =>
        new(id, conversationType, DefaultTenantId, $"29:{Unique()}", Guid.NewGuid().ToString(), "Ada Lovelace");

    private static string Unique() => Guid.NewGuid().ToString("N");
}
