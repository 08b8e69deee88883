using System.Collections.Concurrent;
using LiteDB;
using LiteDB.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RegistryBot.Storage;

/// <summary>
/// A LiteDB file of the process (the bot's own, from <c>Storage:Path</c>, unless opened with
/// <see cref="OpenFile"/>): binary collation (the default is culture dependent and
/// case-insensitive), UTC dates, a dedicated mapper, and the exclusive file lock.
/// Keep database calls synchronous: LiteDB transactions are bound to the calling thread.
/// LiteDB closes itself for good after an I/O error (a full disk, say); <see cref="ReportFault"/>
/// marks the store unhealthy and <see cref="TryReopen"/> replaces the closed instance.
/// LiteDB's automatic checkpoint is off (see <see cref="CheckpointIfLogFull"/>).
/// Queries pass values as parameters (<c>BsonExpression.Create("x = @0", value)</c>), never through
/// <c>Query.EQ</c> and its kin: those write the value into the expression's text, and LiteDB
/// compiles every distinct text and caches it for the life of the process.
/// </summary>
public sealed partial class LiteDbStore : IDisposable
{
    private const int PageSize = 8192;

    private readonly DataFileLock _lock;
    private readonly List<ICollectionSetup> _setups;
    private readonly BsonMapper _mapper;
    private readonly ILogger<LiteDbStore> _logger;
    private readonly Lock _reopenGate = new();
    private readonly long _checkpointBytes;

    // An engine whose commit failed half way keeps a transaction LiteDB cannot discard: should the
    // garbage collector ever finalise it, the finaliser throws and ends the process. So every engine
    // that faulted stays reachable for the life of the process; there is one per fault, closed.
    private static readonly ConcurrentBag<LiteDatabase> Faulted = [];

    // Shared by every engine this store opens: calls into LiteDB run one at a time.
    private readonly object _engineGate = new();
    private volatile LiteDatabase _database;
    private volatile Exception? _fault;

    public LiteDbStore(IOptions<StorageOptions> options, IEnumerable<ICollectionSetup> setups, ILogger<LiteDbStore> logger)
        : this(options.Value.ResolvedPath, options.Value.CheckpointPages, setups, logger)
    {
    }

    private LiteDbStore(string filePath, int checkpointPages, IEnumerable<ICollectionSetup> setups, ILogger<LiteDbStore> logger)
    {
        _logger = logger;
        FilePath = filePath;
        _checkpointBytes = (long)checkpointPages * PageSize;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(FilePath)!);
        _lock = DataFileLock.Acquire(FilePath);
        _setups = setups.ToList();
        _mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false, EnumAsInteger = false };
        _setups.ForEach(setup => setup.Map(_mapper));

        try
        {
            _database = Open();
        }
        catch
        {
            _lock.Dispose();
            throw;
        }

        LogOpened(FilePath);
    }

    /// <summary>A store of its own, in another file, for state that is not the bot's (the portal simulator's).</summary>
    public static LiteDbStore OpenFile(string filePath, int checkpointPages, IEnumerable<ICollectionSetup> setups, ILogger<LiteDbStore> logger) =>
        new(filePath, checkpointPages, setups, logger);

    public LiteDatabase Database => _database;

    public string FilePath { get; }

    private string LogFilePath =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(FilePath)!, System.IO.Path.GetFileNameWithoutExtension(FilePath) + "-log" + System.IO.Path.GetExtension(FilePath));

    /// <summary>The error that closed the database, until it is reopened.</summary>
    public Exception? Fault => _fault;

    public void ReportFault(Exception exception)
    {
        if (Interlocked.CompareExchange(ref _fault, exception, null) is null)
        {
            Faulted.Add(_database);
            LogFaulted(FilePath, exception.Message);
        }
    }

    /// <summary>
    /// Closes <paramref name="database"/> after its commit or checkpoint failed: LiteDB leaves such a
    /// transaction half discarded, and a later transaction on the same thread would carry on in it.
    /// Every completed commit is in the log, which <see cref="TryReopen"/> reads back.
    /// </summary>
    public void Abandon(LiteDatabase database, Exception exception)
    {
        ReportFault(exception);
        DisposeQuietly(database);
    }

    /// <summary>
    /// Copies the write-ahead log into the data file once it holds <c>Storage:CheckpointPages</c>
    /// pages. LiteDB would do it inside <c>Commit()</c>, after the commit is in the log, so a copy
    /// that failed (a full disk) made a committed write look failed; the group commit calls this
    /// between transactions instead, on its own thread.
    /// </summary>
    public void CheckpointIfLogFull(LiteDatabase database)
    {
        if (LogLength() < _checkpointBytes)
        {
            return;
        }

        try
        {
            database.Checkpoint();
        }
        catch (Exception exception)
        {
            Abandon(database, exception);
        }
    }

    /// <summary>Opens the file afresh after a fault; false while the cause (a full disk) persists.</summary>
    public bool TryReopen()
    {
        lock (_reopenGate)
        {
            if (_fault is null)
            {
                return true;
            }

            try
            {
                lock (_engineGate)
                {
                    // Closed first: the failed engine may still hold the files.
                    DisposeQuietly(_database);
                    _database = Open();
                    _fault = null;
                }

                LogReopened(FilePath);
                return true;
            }
            catch (Exception exception) when (exception is LiteException or IOException)
            {
                LogReopenFailed(FilePath, exception.Message);
                return false;
            }
        }
    }

    /// <summary>
    /// Flushes the write-ahead log (<c>name-log.db</c>) to the disk, making every commit so far durable:
    /// LiteDB 5 writes each commit into it without buffering but never fsyncs it. A checkpoint would
    /// do too, but it holds the engine while it copies the log and empties LiteDB's page cache.
    /// </summary>
    public void FlushLog()
    {
        if (_fault is { } fault)
        {
            throw new IOException("The data file is closed after a storage fault.", fault);
        }

        try
        {
            // A second handle is enough: fsync flushes the file's pages whichever handle wrote them.
            using var log = new FileStream(LogFilePath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            log.Flush(flushToDisk: true);
        }
        catch (FileNotFoundException)
        {
            // No log yet: every commit is in the data file, which a checkpoint flushes to the disk.
        }
    }

    /// <summary>Leaves the data file whole, the log copied into it, unless the file failed.</summary>
    public void Dispose()
    {
        if (_fault is null)
        {
            try
            {
                _database.Checkpoint();
            }
            catch (Exception exception) when (exception is LiteException or IOException)
            {
                LogCloseFailed(FilePath, exception.Message);
            }
        }

        DisposeQuietly(_database);
        _lock.Dispose();
    }

    private long LogLength()
    {
        var log = new FileInfo(LogFilePath);
        return log.Exists ? log.Length : 0;
    }

    private LiteDatabase Open()
    {
        var engine = new LiteEngine(new LiteDB.Engine.EngineSettings { Filename = FilePath, Collation = Collation.Binary });
        var database = new LiteDatabase(new SerializedLiteEngine(engine, _engineGate), _mapper, disposeOnClose: true);
        try
        {
            database.UtcDate = true;

            // Fold whatever the last run left in the write-ahead log into the data file before any new transaction.
            database.Checkpoint();
            if (database.CheckpointSize != 0)
            {
                // Kept in the file's header: LiteDB's automatic checkpoint stays off for this file.
                database.CheckpointSize = 0;
            }
            _setups.ForEach(setup => setup.Prepare(database));
            return database;
        }
        catch
        {
            DisposeQuietly(database);
            throw;
        }
    }

    private void DisposeQuietly(LiteDatabase database)
    {
        try
        {
            database.Dispose();
        }
        catch (Exception exception) when (exception is LiteException or IOException or ObjectDisposedException)
        {
            LogCloseFailed(FilePath, exception.Message);
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Opened the data file {Path}")]
    private partial void LogOpened(string path);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Critical, Message = "The data file {Path} failed and is closed until it can be reopened: {Reason}")]
    private partial void LogFaulted(string path, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Reopened the data file {Path} after a storage fault")]
    private partial void LogReopened(string path);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "The data file {Path} cannot be reopened yet: {Reason}")]
    private partial void LogReopenFailed(string path, string reason);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Closing the data file {Path} failed: {Reason}")]
    private partial void LogCloseFailed(string path, string reason);
}
