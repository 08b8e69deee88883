namespace RegistryBot.Conversations.Turns;

/// <summary>
/// The activities this process handled lately, in memory: every key within a bounded count, and
/// the invoke answers of the most recent ones, within a byte budget. It knows since when it has
/// seen everything, so a lookup in the data file is only needed for an activity older than that.
/// </summary>
public sealed class RecentActivities(int keyCapacity, int answerBytes, DateTime startedAt)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, DateTime> _keys = new(Math.Min(keyCapacity, 4096));
    private readonly Queue<Guid> _keyOrder = new();
    private readonly AnswerRing _ring = new(answerBytes);
    private readonly Dictionary<Guid, AnswerSlot> _answers = new();
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
            answer = _answers.TryGetValue(key, out var slot) ? _ring.Read(slot) : null;
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

            if (answer is not null && !_answers.ContainsKey(key) && _ring.TryStore(answer, out var slot))
            {
                _answers.Add(key, slot);
                _answerOrder.Enqueue(key);
                ForgetOverwrittenAnswers();
            }
        }
    }

    /// <summary>How many answers are kept: never more than the keys, however small the answers.</summary>
    internal int AnswerCount
    {
        get
        {
            lock (_gate)
            {
                return _answers.Count;
            }
        }
    }

    // Answers are written in the order they are queued, so the overwritten ones are at the front.
    // An answer outlives no key: many tiny answers would otherwise fill the dictionary past the keys' bound.
    private void ForgetOverwrittenAnswers()
    {
        while (_answerOrder.TryPeek(out var oldest) && (_answers.Count > keyCapacity || !_ring.Holds(_answers[oldest])))
        {
            _answers.Remove(_answerOrder.Dequeue());
        }
    }
}
