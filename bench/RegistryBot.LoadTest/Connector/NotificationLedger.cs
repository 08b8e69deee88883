using System.Diagnostics;

namespace RegistryBot.LoadTest.Connector;

/// <summary>
/// Counts what the bot sends about tracked orders: each status message (POST whose summary reads
/// <c>Order ORD-…: status</c>) and each in-place update (PUT of the order's status card). Once
/// sealed, it completes when every tracked order has both its messages, and both its updates.
/// </summary>
public sealed class NotificationLedger
{
    public static readonly string[] NotifiedStatuses = ["processing", "DONE"];

    private readonly Dictionary<string, int> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _updates = new(StringComparer.Ordinal);
    private readonly HashSet<string> _orders = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _messagesComplete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _updatesComplete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _missingMessages;
    private int _missingUpdates;
    private bool _sealed;

    /// <summary>Requests after <see cref="Seal"/>; throttled ones included.</summary>
    public int Requests { get; private set; }

    public int Throttled { get; private set; }

    public int Unrecognised { get; private set; }

    public long? MessagesCompletedAt { get; private set; }

    public long? UpdatesCompletedAt { get; private set; }

    public Task MessagesComplete => _messagesComplete.Task;

    public Task UpdatesComplete => _updatesComplete.Task;

    public void Track(string orderId)
    {
        lock (_gate)
        {
            if (_orders.Add(orderId))
            {
                _missingMessages += NotifiedStatuses.Length;
                _missingUpdates += NotifiedStatuses.Length;
            }
        }
    }

    /// <summary>No more orders will be tracked: completion can now be declared.</summary>
    public void Seal()
    {
        lock (_gate)
        {
            _sealed = true;
            CheckCompletion(Stopwatch.GetTimestamp());
        }
    }

    public void RecordThrottled()
    {
        lock (_gate)
        {
            Requests++;
            Throttled++;
        }
    }

    public void RecordAccepted(bool isUpdate, ReadOnlySpan<byte> body, long arrivedAt)
    {
        var orderId = isUpdate ? JsonMarkers.OrderId(body) : null;
        var notification = isUpdate ? null : JsonMarkers.Notification(body);
        lock (_gate)
        {
            if (_sealed)
            {
                Requests++;
            }

            if (isUpdate && orderId is not null && _orders.Contains(orderId))
            {
                var updates = _updates[orderId] = _updates.GetValueOrDefault(orderId) + 1;
                if (updates <= NotifiedStatuses.Length)
                {
                    _missingUpdates--;
                }
            }
            else if (notification is { } message && _orders.Contains(message.OrderId) && NotifiedStatuses.Contains(message.Status))
            {
                var key = message.OrderId + ":" + message.Status;
                if ((_messages[key] = _messages.GetValueOrDefault(key) + 1) == 1)
                {
                    _missingMessages--;
                }
            }
            else
            {
                Unrecognised += _sealed ? 1 : 0;
                return;
            }

            CheckCompletion(arrivedAt);
        }
    }

    /// <summary>One line for a long wait: what has arrived so far of what is expected.</summary>
    public string Progress()
    {
        lock (_gate)
        {
            var expected = _orders.Count * NotifiedStatuses.Length;
            return $"{expected - _missingMessages:N0} of {expected:N0} messages, {expected - _missingUpdates:N0} of {expected:N0} updates, "
                + $"{Requests:N0} requests ({Throttled:N0} answered 429)";
        }
    }

    public NotificationTally Tally()
    {
        lock (_gate)
        {
            return new NotificationTally(
                _orders.Count,
                Requests,
                Throttled,
                Unrecognised,
                _messages.Values.Sum(),
                _messages.Values.Sum(count => count - 1),
                _missingMessages,
                _updates.Values.Sum(),
                _missingUpdates);
        }
    }

    private void CheckCompletion(long now)
    {
        if (!_sealed)
        {
            return;
        }

        if (_missingMessages == 0 && MessagesCompletedAt is null)
        {
            MessagesCompletedAt = now;
            _messagesComplete.TrySetResult();
        }

        if (_missingUpdates == 0 && UpdatesCompletedAt is null)
        {
            UpdatesCompletedAt = now;
            _updatesComplete.TrySetResult();
        }
    }
}
