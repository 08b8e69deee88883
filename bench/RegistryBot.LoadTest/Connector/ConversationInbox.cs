namespace RegistryBot.LoadTest.Connector;

/// <summary>
/// One simulated conversation as the fake connector sees it: the next reply the bot posts into it
/// completes whatever turn is waiting. A user has one turn in flight, so one waiter is enough.
/// Proactive messages (status notifications) are not replies and never reach an inbox.
/// </summary>
public sealed class ConversationInbox
{
    private TaskCompletionSource<CardArrival>? _waiter;
    private byte[]? _marker;
    private int _unexpected;

    /// <summary>Replies that arrived while no turn was waiting.</summary>
    public int Unexpected => Volatile.Read(ref _unexpected);

    /// <summary>Call before sending the activity the bot answers with a message.</summary>
    public Task<CardArrival> Expect(byte[]? marker)
    {
        var waiter = new TaskCompletionSource<CardArrival>(TaskCreationOptions.RunContinuationsAsynchronously);
        _marker = marker;
        Volatile.Write(ref _waiter, waiter);
        return waiter.Task;
    }

    public void Deliver(long arrivedAt, string activityId, ReadOnlySpan<byte> body)
    {
        var waiter = Interlocked.Exchange(ref _waiter, null);
        if (waiter is null)
        {
            Interlocked.Increment(ref _unexpected);
            return;
        }

        var expected = _marker is not { } marker || JsonMarkers.Contains(body, marker);
        waiter.TrySetResult(new CardArrival(arrivedAt, activityId, JsonMarkers.DraftId(body), expected));
    }
}
