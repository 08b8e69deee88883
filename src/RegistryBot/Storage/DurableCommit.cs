using System.Threading.Channels;

namespace RegistryBot.Storage;

/// <summary>
/// Group commit for durability: LiteDB 5 appends a commit to its write-ahead log but never fsyncs
/// it. Callers that must not acknowledge before their commit is on the disk wait here; one fsync of
/// the log serves every caller that was waiting when it started, so many concurrent orders cost one.
/// </summary>
public sealed partial class DurableCommit : IAsyncDisposable
{
    private readonly LiteDbStore _store;
    private readonly ILogger<DurableCommit> _logger;
    private readonly Channel<TaskCompletionSource<bool>> _waiting = Channel.CreateUnbounded<TaskCompletionSource<bool>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public DurableCommit(LiteDbStore store, ILogger<DurableCommit> logger)
    {
        _store = store;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Completes once everything committed before the call is flushed to the disk; false if the flush failed.</summary>
    public Task<bool> WaitAsync()
    {
        var waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        return _waiting.Writer.TryWrite(waiter) ? waiter.Task : Task.FromResult(false);
    }

    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var batch = new List<TaskCompletionSource<bool>>();
        while (await _waiting.Reader.WaitToReadAsync())
        {
            while (_waiting.Reader.TryRead(out var waiter))
            {
                batch.Add(waiter);
            }

            var flushed = Flush();
            batch.ForEach(waiter => waiter.TrySetResult(flushed));
            batch.Clear();
        }
    }

    private bool Flush()
    {
        try
        {
            _store.FlushLog();
            return true;
        }
        catch (Exception exception)
        {
            // LiteDB reports broken invariants as plain exceptions; the loop must outlive any of them.
            if (StorageFaults.IsFatal(exception))
            {
                _store.ReportFault(exception);
            }

            LogFlushFailed(exception.Message);
            return false;
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "Flushing the write-ahead log failed; recent commits may not survive a power loss: {Reason}")]
    private partial void LogFlushFailed(string reason);
}
