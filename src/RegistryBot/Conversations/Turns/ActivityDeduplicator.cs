using System.Security.Cryptography;
using System.Text;
using JsonSerializer = System.Text.Json.JsonSerializer;
using Microsoft.Extensions.Options;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Turns;

/// <summary>
/// Remembers handled activities by (conversation id, activity id), so a redelivery, even after a
/// restart, causes nothing and an invoke gets the same answer again. Recent activities are known in
/// memory; the data file keeps every key for the window and is only asked about activities older
/// than what memory covers (a redelivery carries its original timestamp). An activity is remembered
/// after it was handled: a crash in between makes the redelivery run again, which the handlers
/// tolerate (placing is a compare-and-set, stale cards change nothing).
/// </summary>
public sealed class ActivityDeduplicator
{
    // Teams' clock and ours may disagree a little: an activity stamped this close to the edge of
    // what memory covers is looked up in the data file too.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(5);

    private readonly SeenActivityLog _log;
    private readonly DeduplicationOptions _options;
    private readonly TimeProvider _time;
    private readonly RecentActivities _recent;

    public ActivityDeduplicator(SeenActivityLog log, IOptions<DeduplicationOptions> options, TimeProvider time)
    {
        _log = log;
        _options = options.Value;
        _time = time;
        _recent = new RecentActivities(_options.RecentCapacity, _options.RecentAnswers, time.GetUtcNow().UtcDateTime);
    }

    public TimeSpan Window => _options.Window;

    /// <summary>Null when the activity is new; otherwise what it was answered, if that is still known.</summary>
    public HandledActivity? FindSeen(Activity activity)
    {
        if (KeyOf(activity) is not { } key)
        {
            return null;
        }

        if (_recent.Contains(key, out var answer))
        {
            return new HandledActivity(answer is null ? null : JsonSerializer.Deserialize(answer, TeamsJsonContext.Default.InvokeResponse));
        }

        if (activity.Timestamp is { } stamped && stamped.UtcDateTime > _recent.CompleteSince + ClockSkew)
        {
            return null;
        }

        return _log.Find(key) is null ? null : new HandledActivity(null);
    }

    public void Remember(Activity activity, InvokeResponse? response)
    {
        if (KeyOf(activity) is not { } key)
        {
            return;
        }

        byte[]? answer = null;
        if (response is not null)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(response, TeamsJsonContext.Default.InvokeResponse);
            answer = json.Length <= _options.MaxStoredResponseBytes ? json : null;
        }

        var now = _time.GetUtcNow().UtcDateTime;
        _recent.Add(key, now, answer);
        _log.Append(new SeenActivity { Id = key, SeenAt = now });
    }

    public int Forget(DateTime olderThan) => _log.Forget(olderThan);

    // Conversation id and activity id (activity ids are only unique within a conversation), as
    // 128 bits of SHA-256: small in memory and in the index, and a collision is not a practical concern.
    private static Guid? KeyOf(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return null;
        }

        var key = activity.Conversation.Id + "\n" + activity.Id;
        var length = Encoding.UTF8.GetMaxByteCount(key.Length);
        var utf8 = length <= 1024 ? stackalloc byte[length] : new byte[length];
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(key, utf8)], digest);
        return new Guid(digest[..16]);
    }
}
