using Microsoft.Extensions.Options;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Turns;

/// <summary>
/// Remembers handled activities by (conversation id, activity id), so a redelivery causes nothing
/// and an invoke gets the same answer again. Recent activities are known in memory. Messages are
/// also kept in the data file for the window, so a redelivery after a restart is still recognised
/// (their replies cannot be taken back); the file is only asked about messages older than what
/// memory covers (a redelivery carries its original timestamp). An invoke memory no longer knows
/// simply runs again: every verb is safe to repeat (placing is a compare-and-set, stale cards change
/// nothing, a ticket is created once per card). An activity is remembered after it was handled, so
/// a crash in between makes the redelivery run again, which the same properties make harmless.
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
        _recent = new RecentActivities(_options.RecentCapacity, _options.RecentAnswerBytes, time.GetUtcNow().UtcDateTime);
    }

    public TimeSpan Window => _options.Window;

    /// <summary>
    /// Null when the activity is new; otherwise what it was answered, if that is still known.
    /// <paramref name="key"/> is what <see cref="Remember"/> takes once the activity is handled.
    /// </summary>
    public HandledActivity? FindSeen(Activity activity, out ActivityKey? key)
    {
        key = ActivityKey.Of(activity, _time.GetUtcNow().UtcDateTime, _options.Window);
        return key is { } known ? FindSeen(activity, known) : null;
    }

    public void Remember(Activity activity, ActivityKey? key, InvokeResponse? response)
    {
        if (key is not { } known)
        {
            return;
        }

        byte[]? answer = null;
        if (response is not null)
        {
            var json = response.ToUtf8Json();
            answer = json.Length <= _options.MaxStoredResponseBytes ? json : null;
        }

        var now = _time.GetUtcNow().UtcDateTime;
        _recent.Add(known.Digest, now, answer);
        if (activity.Type != ActivityTypes.Invoke)
        {
            _log.Append(new SeenActivity { Id = known.Stored, SeenAt = now });
        }
    }

    /// <summary>Forgets activities stamped before <paramref name="olderThan"/>, and unstamped ones.</summary>
    public int Forget(DateTime olderThan) => _log.Forget(ActivityKey.FirstKeyAt(olderThan));

    private HandledActivity? FindSeen(Activity activity, ActivityKey key)
    {
        if (_recent.Contains(key.Digest, out var answer))
        {
            return new HandledActivity(answer is null ? null : InvokeResponse.FromUtf8Json(answer));
        }

        if (activity.Type == ActivityTypes.Invoke
            || (activity.Timestamp is { } stamped && stamped.UtcDateTime > _recent.CompleteSince + ClockSkew))
        {
            return null;
        }

        return _log.Find(key.Stored) is null ? null : new HandledActivity(null);
    }
}
