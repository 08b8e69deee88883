using LiteDB;
using RegistryBot.Storage;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations;

public sealed class ConversationReferenceStore(LiteDbStore store, RecentlyRecorded recent, TimeProvider time)
{
    private ILiteCollection<ConversationReference> Collection =>
        store.Database.GetCollection<ConversationReference>(ConversationReferenceSetup.CollectionName);

    /// <summary>Writes the reference an activity brings, unless the same one was written moments ago.</summary>
    public void Record(Activity activity, bool authenticated)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var reference = new ConversationReference
        {
            Id = activity.Conversation!.Id!,
            ServiceUrl = activity.ServiceUrl!,
            ChannelId = activity.ChannelId,
            ConversationType = activity.Conversation.ConversationType,
            TenantId = activity.TenantId,
            BotId = activity.Recipient?.Id,
            BotName = activity.Recipient?.Name,
            UserId = activity.From?.Id,
            UserAadObjectId = activity.From?.AadObjectId,
            UserName = activity.From?.Name,
            Authenticated = authenticated,
            UpdatedAt = now,
        };

        if (recent.IsCurrent(reference, now))
        {
            return;
        }

        Collection.Upsert(reference);
        recent.Remember(reference, now);
    }

    public ConversationReference? Find(string conversationId) => Collection.FindById(conversationId);

    public void MarkUnreachable(string conversationId)
    {
        var reference = Collection.FindById(conversationId);
        // The next activity from this conversation must rewrite the reference, clearing the mark.
        recent.Forget(conversationId);
        if (reference is { UnreachableSince: null })
        {
            reference.UnreachableSince = time.GetUtcNow().UtcDateTime;
            Collection.Update(reference);
        }
    }

    public IReadOnlyList<string> AuthenticatedServiceUrls() =>
        Collection.Find(reference => reference.Authenticated).Select(reference => reference.ServiceUrl).Distinct().ToList();
}
