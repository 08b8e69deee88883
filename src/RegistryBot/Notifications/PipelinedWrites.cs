namespace RegistryBot.Notifications;

/// <summary>
/// Items on their way to the data file in writes of a few each, with a few writes in flight at
/// once: the producer goes on while the group commit works, yet no write, and so no transaction that
/// turns share, carries more than a few items. Awaiting each write before going on would leave the
/// producer idle during every commit, one after another. Disposing waits for the writes still in
/// flight, so a producer that stops on an error leaves none running behind it.
/// </summary>
internal sealed class PipelinedWrites<T>(int itemsPerWrite, int writesInFlight, Func<T[], Task> write) : IAsyncDisposable
{
    private readonly List<T> _gathered = new(itemsPerWrite);
    private readonly Queue<Task> _inFlight = new();

    public int Count { get; private set; }

    public async Task AddAsync(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            _gathered.Add(item);
            Count++;
            if (_gathered.Count == itemsPerWrite)
            {
                await StartWriteAsync();
            }
        }
    }

    /// <summary>Writes what is gathered and waits for every write; throws the first write's error.</summary>
    public async Task FlushAsync()
    {
        if (_gathered.Count > 0)
        {
            await StartWriteAsync();
        }

        var remaining = _inFlight.ToArray();
        _inFlight.Clear();
        await Task.WhenAll(remaining);
    }

    /// <summary>Waits for the writes still in flight; their errors are left to <see cref="FlushAsync"/>, or to the error already on its way.</summary>
    public async ValueTask DisposeAsync()
    {
        var remaining = _inFlight.ToArray();
        _inFlight.Clear();
        try
        {
            await Task.WhenAll(remaining);
        }
        catch (Exception)
        {
            // Disposing only waits: the error that stopped the producer is the one reported.
        }
    }

    private async Task StartWriteAsync()
    {
        _inFlight.Enqueue(write([.. _gathered]));
        _gathered.Clear();
        if (_inFlight.Count > writesInFlight)
        {
            await _inFlight.Dequeue();
        }
    }
}
