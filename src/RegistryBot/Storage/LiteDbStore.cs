using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RegistryBot.Storage;

/// <summary>
/// The one <see cref="LiteDatabase"/> of the process: binary collation (the default is culture
/// dependent and case-insensitive), UTC dates, a dedicated mapper, and the exclusive file lock.
/// Keep database calls synchronous: LiteDB transactions are bound to the calling thread.
/// </summary>
public sealed partial class LiteDbStore : IDisposable
{
    private readonly DataFileLock _lock;
    private readonly ILogger<LiteDbStore> _logger;

    public LiteDbStore(IOptions<StorageOptions> options, IEnumerable<ICollectionSetup> setups, ILogger<LiteDbStore> logger)
    {
        _logger = logger;
        FilePath = options.Value.ResolvedPath;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(FilePath)!);
        _lock = DataFileLock.Acquire(FilePath);

        try
        {
            var mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false, EnumAsInteger = false };
            var collectionSetups = setups.ToList();
            collectionSetups.ForEach(setup => setup.Map(mapper));

            Database = new LiteDatabase(
                new ConnectionString { Filename = FilePath, Connection = ConnectionType.Direct, Collation = Collation.Binary },
                mapper);
            Database.UtcDate = true;
            collectionSetups.ForEach(setup => setup.Prepare(Database));
        }
        catch
        {
            _lock.Dispose();
            throw;
        }

        LogOpened(FilePath);
    }

    public LiteDatabase Database { get; }

    public string FilePath { get; }

    public void Dispose()
    {
        Database.Dispose();
        _lock.Dispose();
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Opened the data file {Path}")]
    private partial void LogOpened(string path);
}
