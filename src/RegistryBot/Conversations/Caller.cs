using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations;

/// <summary>
/// Who acts, and where: the user's Entra object id when Teams sends it (stable across bots), else
/// the channel user id; the tenant; the conversation and whether it is a personal chat.
/// </summary>
public sealed record Caller(string UserId, string? UserName, string TenantId, string ConversationId, bool IsPersonal)
{
    public static Caller From(Activity activity) => new(
        activity.From?.AadObjectId is { Length: > 0 } aadObjectId ? aadObjectId : activity.From?.Id ?? string.Empty,
        activity.From?.Name,
        activity.TenantId ?? string.Empty,
        activity.Conversation?.Id ?? string.Empty,
        activity.Conversation?.ConversationType is null or ConversationTypes.Personal && activity.Conversation?.IsGroup != true);
}
