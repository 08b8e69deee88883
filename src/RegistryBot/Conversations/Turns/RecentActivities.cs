namespace RegistryBot.Conversations.Turns;

/// <summary>
/// The activities this process handled lately, in memory: every key within a bounded count, and
/// the invoke answers of the most recent ones. It knows since when it has seen everything, so a
/// lookup in the data file is only needed for an activity older than that.
/// </summary>
public sealed class RecentActivities(int keyCapacity, int answerCapacity, DateTime startedAt)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, DateTime> _keys = new(Math.Min(keyCapacity, 4096));
    private readonly Queue<Guid> _keyOrder = new();
    private readonly Dictionary<Guid, byte[]> _answers = new(Math.Min(answerCapacity, 1024));
    private readonly Queue<Guid> _answerOrder = new();
    private DateTime _completeSince = startedAt;

    /// <summary>Everything handled at or after this moment is known here.</summary>
    public DateTime CompleteSince
    {
        get
        {
            lock (_gate)
            {
                return _completeSince;
            }
        }
    }

    public bool Contains(Guid key, out byte[]? answer)
    {
        lock (_gate)
        {
            answer = _answers.GetValueOrDefault(key);
            return _keys.ContainsKey(key);
        }
    }

    public void Add(Guid key, DateTime seenAt, byte[]? answer)
    {
        lock (_gate)
        {
            if (_keys.TryAdd(key, seenAt))
            {
                _keyOrder.Enqueue(key);
            }

            while (_keys.Count > keyCapacity && _keyOrder.TryDequeue(out var oldest))
            {
                if (_keys.Remove(oldest, out var oldestSeenAt) && oldestSeenAt > _completeSince)
                {
                    _completeSince = oldestSeenAt;
                }
            }

            if (answer is not null && answerCapacity > 0 && _answers.TryAdd(key, answer))
            {
                _answerOrder.Enqueue(key);
                while (_answers.Count > answerCapacity && _answerOrder.TryDequeue(out var oldestAnswer))
                {
                    _answers.Remove(oldestAnswer);
                }
            }
        }
    }
}
