using System.Threading.Channels;
using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Conversations.Turns;

/// <summary>
/// Writes handled activity keys to the data file in the background, many per transaction, so a
/// turn never waits for it. A key lost to a crash before its write means a redelivery runs again,
/// which the handlers tolerate (stale cards change nothing, placing is a compare-and-set).
/// </summary>
public sealed partial class SeenActivityLog : IAsyncDisposable
{
    private const int MaxBatch = 512;

    private readonly LiteDbStore _store;
    private readonly ILogger<SeenActivityLog> _logger;
    private readonly Channel<SeenActivity> _pending = Channel.CreateUnbounded<SeenActivity>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public SeenActivityLog(LiteDbStore store, ILogger<SeenActivityLog> logger)
    {
        _store = store;
        _logger = logger;
        _writer = Task.Run(WriteAsync);
    }

    public void Append(SeenActivity seen) => _pending.Writer.TryWrite(seen);

    public SeenActivity? Find(Guid key) => Collection.FindById(key);

    public int Forget(DateTime olderThan) => Collection.DeleteMany(seen => seen.SeenAt < olderThan);

    /// <summary>Completes once every key appended so far is written (or failed to be).</summary>
    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await _writer;
    }

    private ILiteCollection<SeenActivity> Collection => _store.Database.GetCollection<SeenActivity>(SeenActivitySetup.CollectionName);

    private async Task WriteAsync()
    {
        var batch = new List<SeenActivity>(MaxBatch);
        while (await _pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var seen))
            {
                batch.Add(seen);
            }

            Write(batch);
            batch.Clear();
        }
    }

    private void Write(List<SeenActivity> batch)
    {
        try
        {
            Collection.Upsert(batch);
        }
        catch (Exception exception)
        {
            // The loop must outlive any storage error; the keys are only a guard against redelivery.
            if (StorageFaults.IsFatal(exception))
            {
                _store.ReportFault(exception);
            }

            LogWriteFailed(batch.Count, exception.Message);
        }
    }

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "Could not record {Count} handled activities; a redelivery of them would run again: {Reason}")]
    private partial void LogWriteFailed(int count, string reason);
}
