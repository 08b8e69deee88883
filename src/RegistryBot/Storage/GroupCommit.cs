using System.Collections.Concurrent;
using LiteDB;

namespace RegistryBot.Storage;

/// <summary>
/// Runs the writes of concurrent callers together, in one LiteDB transaction per batch: a commit
/// costs about as much as the writes it carries, so many turns sharing one cost each a fraction.
/// Every caller still waits for its own commit. The batches form by themselves: the writes that
/// arrive while one batch commits make the next, so the writer never waits for company, and a lone
/// turn's write is committed at once. The writes run on one dedicated thread, because a
/// LiteDB transaction belongs to the thread that began it. Should one write of a batch fail, the
/// writes are retried one by one, so one caller's error never becomes another's; should the file
/// fail (a commit or a checkpoint on a full disk), every write of the batch fails with it and the
/// file stays closed until it is reopened. Writes nobody waits for
/// (<see cref="WriteBehind"/>) ride along with the next batch, or go on their own after a short while.
/// </summary>
public sealed partial class GroupCommit : IDisposable
{
    private const int MaxBatch = 256;

    private static readonly TimeSpan BehindDelay = TimeSpan.FromMilliseconds(100);

    private readonly LiteDbStore _store;
    private readonly ILogger<GroupCommit> _logger;
    private readonly WriterQueue<PendingWrite> _pending = new();
    private readonly ConcurrentQueue<PendingWrite> _behind = new();
    private readonly Thread _writer;

    public GroupCommit(LiteDbStore store, ILogger<GroupCommit> logger)
        : this(store, logger, "Bot file writer")
    {
    }

    /// <param name="threadName">The writer thread's name, which tools such as <c>top -H</c> show cut to 15 characters.</param>
    internal GroupCommit(LiteDbStore store, ILogger<GroupCommit> logger, string threadName)
    {
        _store = store;
        _logger = logger;
        _writer = new Thread(WriteBatches) { IsBackground = true, Name = threadName };
        _writer.Start();
    }

    /// <summary>
    /// Completes with what <paramref name="write"/> returned once its transaction is committed, or with its error.
    /// A write must let LiteDB's exceptions through: LiteDB rolls the whole batch's transaction back
    /// on any of them, and the writes after one it swallowed would each commit on their own.
    /// </summary>
    public Task<bool> WriteAsync(Func<LiteDatabase, bool> write)
    {
        var pending = new PendingWrite(write);
        if (!_pending.TryAdd(pending))
        {
            throw new ObjectDisposedException(nameof(GroupCommit));
        }

        return pending.Completion.Task;
    }

    /// <summary>
    /// The same, for a write nobody waits for: it does not start a commit of its own unless it waited
    /// <see cref="BehindDelay"/>. A failure goes to <paramref name="onFailure"/> (on the writer's
    /// thread: keep it short) and completes the task with false.
    /// </summary>
    public Task<bool> WriteBehind(Func<LiteDatabase, bool> write, Action<Exception> onFailure)
    {
        if (_pending.IsCompleted)
        {
            onFailure(new ObjectDisposedException(nameof(GroupCommit)));
            return Task.FromResult(false);
        }

        var pending = new PendingWrite(write, onFailure);
        _behind.Enqueue(pending);
        return pending.Completion.Task;
    }

    public void Dispose()
    {
        _pending.CompleteAdding();
        _writer.Join();
        _pending.Dispose();
    }

    private void WriteBatches()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (!_pending.IsDrained || !_behind.IsEmpty)
        {
            // Wakes at least every BehindDelay, so writes behind never wait much longer than that.
            if (_pending.TryTake(out var first, BehindDelay))
            {
                batch.Add(first);
                Drain(batch);
            }

            while (batch.Count < MaxBatch && _behind.TryDequeue(out var behind))
            {
                batch.Add(behind);
            }

            if (batch.Count > 0)
            {
                Commit(batch);
            }

            batch.Clear();
        }
    }

    private void Drain(List<PendingWrite> batch)
    {
        while (batch.Count < MaxBatch && _pending.TryTake(out var next))
        {
            batch.Add(next);
        }
    }

    private void Commit(List<PendingWrite> batch)
    {
        if (TryCommit(batch) is not { } ownError)
        {
            return;
        }

        if (batch.Count == 1)
        {
            Fail(batch[0], ownError);
            return;
        }

        LogBatchFailed(batch.Count, ownError.Message);
        foreach (var pending in batch)
        {
            if (TryCommit([pending]) is { } error)
            {
                Fail(pending, error);
            }
        }
    }

    /// <summary>
    /// Commits the writes in one transaction and completes them, or fails them all with the file's
    /// error (see <see cref="LiteDbStore.Abandon"/>). Returns the error of a write that failed on its
    /// own, the transaction rolled back and nobody completed, for the caller to retry the others.
    /// </summary>
    private Exception? TryCommit(IReadOnlyList<PendingWrite> writes)
    {
        if (_store.Fault is { } fault)
        {
            FailAll(writes, new StoreClosedException(fault));
            return null;
        }

        var database = _store.Database;
        var results = new bool[writes.Count];
        try
        {
            database.BeginTrans();
            for (var i = 0; i < writes.Count; i++)
            {
                results[i] = writes[i].Write(database);
            }
        }
        catch (Exception exception)
        {
            if (TryRollBack(database, out var rollbackError) && !StorageFaults.IsFatal(exception))
            {
                return exception;
            }

            _store.Abandon(database, StorageFaults.IsFatal(exception) ? exception : rollbackError ?? exception);
            FailAll(writes, exception);
            return null;
        }

        try
        {
            database.Commit();
        }
        catch (Exception exception)
        {
            // Nothing of a commit that threw is in the log: LiteDB writes the page that confirms it last.
            _store.Abandon(database, exception);
            FailAll(writes, exception);
            return null;
        }

        for (var i = 0; i < writes.Count; i++)
        {
            writes[i].Completion.TrySetResult(results[i]);
        }

        _store.CheckpointIfLogFull(database);
        return null;
    }

    // The writer thread must outlive any error: LiteDB reports broken invariants as plain exceptions.
    private static bool TryRollBack(LiteDatabase database, out Exception? error)
    {
        try
        {
            database.Rollback();
            error = null;
            return true;
        }
        catch (Exception exception)
        {
            error = exception;
            return false;
        }
    }

    private static void FailAll(IReadOnlyList<PendingWrite> writes, Exception exception)
    {
        foreach (var pending in writes)
        {
            Fail(pending, exception);
        }
    }

    private static void Fail(PendingWrite pending, Exception exception)
    {
        if (pending.OnFailure is { } report)
        {
            ReportQuietly(report, exception);
            pending.Completion.TrySetResult(false);
        }
        else
        {
            pending.Completion.TrySetException(exception);
        }
    }

    private static void ReportQuietly(Action<Exception> report, Exception exception)
    {
        try
        {
            report(exception);
        }
        catch (Exception)
        {
            // A failing report must not stop the writes of everyone else.
        }
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "A batch of {Count} writes failed and is retried one by one: {Reason}")]
    private partial void LogBatchFailed(int count, string reason);

    private sealed class PendingWrite(Func<LiteDatabase, bool> write, Action<Exception>? onFailure = null)
    {
        public Func<LiteDatabase, bool> Write { get; } = write;

        public Action<Exception>? OnFailure { get; } = onFailure;

        public TaskCompletionSource<bool> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
