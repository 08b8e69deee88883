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
    // LiteDB's own default, which the file's header keeps while the bot is not running.
    private const int LiteDbCheckpointPages = 1000;

    private readonly DataFileLock _lock;
    private readonly List<ICollectionSetup> _setups;
    private readonly BsonMapper _mapper;
    private readonly ILogger<LiteDbStore> _logger;
    private readonly Lock _reopenGate = new();
    private readonly WriteAheadLog _log;
    private readonly long _checkpointBytes;

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
        _log = new WriteAheadLog(filePath);
        _checkpointBytes = (long)checkpointPages * WriteAheadLog.PageSize;
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

    /// <summary>The error that closed the database, until it is reopened.</summary>
    public Exception? Fault => _fault;

    /// <summary>Marks the store failed, unless the error only says it already is.</summary>
    public void ReportFault(Exception exception)
    {
        if (exception is StoreClosedException)
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _fault, exception, null) is null)
        {
            LogFaulted(FilePath, exception.Message);
        }
    }

    /// <summary>
    /// Closes <paramref name="database"/> after its commit or checkpoint failed: LiteDB leaves such a
    /// transaction half discarded, and a later transaction on the same thread would carry on in it.
    /// Every completed commit is in the log, which <see cref="TryReopen"/> reads back. An engine
    /// already replaced by a reopen is only closed: the file it failed on is open afresh.
    /// </summary>
    public void Abandon(LiteDatabase database, Exception exception)
    {
        if (ReferenceEquals(database, _database))
        {
            ReportFault(exception);
        }

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
        if (_log.Length < _checkpointBytes)
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
                    _log.DropTornPage();
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
    /// Flushes the write-ahead log to the disk, making every commit so far durable. A checkpoint
    /// would do too, but it holds the engine while it copies the log and empties LiteDB's page cache.
    /// </summary>
    public void FlushLog()
    {
        if (_fault is { } fault)
        {
            throw new StoreClosedException(fault);
        }

        _log.Flush();
    }

    /// <summary>
    /// Leaves the data file whole, the log copied into it and LiteDB's automatic checkpoint back in
    /// its header for any other reader, unless the file failed.
    /// </summary>
    public void Dispose()
    {
        var database = _database;
        if (_fault is null)
        {
            try
            {
                // First, as it fails at once on an engine LiteDB closed after an error nobody reported
                // yet, where a checkpoint would wait a minute for a lock that error left taken.
                database.CheckpointSize = LiteDbCheckpointPages;
                database.Checkpoint();
            }
            catch (Exception exception)
            {
                LogCloseFailed(FilePath, exception.Message);
            }
        }

        DisposeQuietly(database);
        _lock.Dispose();
    }

    private LiteDatabase Open()
    {
        var engine = new LiteEngine(new EngineSettings { Filename = FilePath, Collation = Collation.Binary });
        var database = new LiteDatabase(new SerializedLiteEngine(engine, _engineGate), _mapper, disposeOnClose: true);
        try
        {
            database.UtcDate = true;

            // Fold whatever the last run left in the write-ahead log into the data file before any new transaction.
            database.Checkpoint();
            if (database.CheckpointSize != 0)
            {
                // LiteDB's own checkpoint off: see CheckpointIfLogFull.
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
        catch (Exception exception)
        {
            // LiteDB reports broken invariants as plain exceptions; closing must get past them.
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
