using LiteDB;
using RegistryBot.Storage;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations;

public sealed class ConversationReferenceStore(LiteDbStore store, TimeProvider time)
{
    private ILiteCollection<ConversationReference> Collection =>
        store.Database.GetCollection<ConversationReference>(ConversationReferenceSetup.CollectionName);

    public void Record(Activity activity, bool authenticated)
    {
        Collection.Upsert(new ConversationReference
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
            UpdatedAt = time.GetUtcNow().UtcDateTime,
        });
    }

    public ConversationReference? Find(string conversationId) => Collection.FindById(conversationId);

    public void MarkUnreachable(string conversationId)
    {
        var reference = Collection.FindById(conversationId);
        if (reference is { UnreachableSince: null })
        {
            reference.UnreachableSince = time.GetUtcNow().UtcDateTime;
            Collection.Update(reference);
        }
    }

    public IReadOnlyList<string> AuthenticatedServiceUrls() =>
        Collection.Find(reference => reference.Authenticated).Select(reference => reference.ServiceUrl).Distinct().ToList();
}
