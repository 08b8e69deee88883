using JsonSerializer = System.Text.Json.JsonSerializer;
using LiteDB;
using Microsoft.Extensions.Options;
using RegistryBot.Storage;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Turns;

/// <summary>
/// Remembers handled activities by (conversation id, activity id) in LiteDB, so a redelivery, even
/// after a restart, causes nothing and an invoke gets the same answer again. An activity is
/// remembered after it was handled: a crash in between makes the redelivery run again, which the
/// handlers tolerate (placing is a compare-and-set, stale cards change nothing).
/// </summary>
public sealed class ActivityDeduplicator(LiteDbStore store, IOptions<DeduplicationOptions> options, TimeProvider time)
{
    private ILiteCollection<SeenActivity> Collection => store.Database.GetCollection<SeenActivity>(SeenActivitySetup.CollectionName);

    public SeenActivity? FindSeen(Activity activity) => KeyOf(activity) is { } key ? Collection.FindById(key) : null;

    public void Remember(Activity activity, InvokeResponse? response)
    {
        if (KeyOf(activity) is not { } key)
        {
            return;
        }

        string? stored = null;
        if (response is not null)
        {
            var json = JsonSerializer.Serialize(response, TeamsJsonContext.Default.InvokeResponse);
            stored = json.Length <= options.Value.MaxStoredResponseBytes ? json : null;
        }

        Collection.Upsert(new SeenActivity { Id = key, SeenAt = time.GetUtcNow().UtcDateTime, InvokeResponse = stored });
    }

    public static InvokeResponse? Replay(SeenActivity seen) =>
        seen.InvokeResponse is null ? null : JsonSerializer.Deserialize(seen.InvokeResponse, TeamsJsonContext.Default.InvokeResponse);

    public int Forget(DateTime olderThan) => Collection.DeleteMany(seen => seen.SeenAt < olderThan);

    public TimeSpan Window => options.Value.Window;

    private static string? KeyOf(Activity activity) =>
        string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : activity.Conversation.Id + "\n" + activity.Id;
}
