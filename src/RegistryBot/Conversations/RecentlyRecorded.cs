using System.Collections.Concurrent;

namespace RegistryBot.Conversations;

/// <summary>
/// Which conversation references were written recently and with what content, so that a busy
/// conversation's turns do not rewrite an unchanged reference each time. A cache only: losing it
/// costs one write per conversation.
/// </summary>
public sealed class RecentlyRecorded
{
    private const int MaxEntries = 100_000;
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, (ConversationReference Written, DateTime At)> _written = new(StringComparer.Ordinal);

    public bool IsCurrent(ConversationReference candidate, DateTime now) =>
        _written.TryGetValue(candidate.Id, out var last)
        && now - last.At < RefreshAfter
        && SameContent(last.Written, candidate);

    public void Remember(ConversationReference written, DateTime now)
    {
        if (_written.Count >= MaxEntries)
        {
            _written.Clear();
        }

        _written[written.Id] = (written, now);
    }

    public void Forget(string conversationId) => _written.TryRemove(conversationId, out _);

    private static bool SameContent(ConversationReference a, ConversationReference b) =>
        a.ServiceUrl == b.ServiceUrl && a.ChannelId == b.ChannelId && a.ConversationType == b.ConversationType
        && a.TenantId == b.TenantId && a.BotId == b.BotId && a.BotName == b.BotName && a.UserId == b.UserId
        && a.UserAadObjectId == b.UserAadObjectId && a.UserName == b.UserName && a.Authenticated == b.Authenticated;
}
