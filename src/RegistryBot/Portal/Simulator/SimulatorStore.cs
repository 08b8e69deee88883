using LiteDB;
using Microsoft.Extensions.Options;
using RegistryBot.Storage;

namespace RegistryBot.Portal.Simulator;

/// <summary>
/// The simulator's records, in a LiteDB file of their own with a writer of its own: a provider's
/// portal keeps its state apart from the bot's, and sharing the bot's file made every placement
/// and every status sweep wait on the bot's one writer for the simulator's work too. A file that
/// fails (a full disk) makes the simulator unavailable, as a remote portal would be, until it can
/// be reopened; the bot then offers its orders again.
/// </summary>
public sealed class SimulatorStore : IDisposable, IAsyncDisposable
{
    private readonly LiteDbStore _store;
    private readonly GroupCommit _commits;
    private readonly DurableCommit _durability;

    public SimulatorStore(IOptions<PortalOptions> portal, IOptions<StorageOptions> storage, LiteDbStore botStore, ILoggerFactory loggers)
    {
        FilePath = PathFor(portal.Value.Simulator, storage.Value);
        _store = LiteDbStore.OpenFile(FilePath, storage.Value.CheckpointPages, [new SimulatorSetup()], loggers.CreateLogger<LiteDbStore>());
        _commits = new GroupCommit(_store, loggers.CreateLogger<GroupCommit>(), "Sim file writer");
        _durability = new DurableCommit(_store, loggers.CreateLogger<DurableCommit>());
        try
        {
            SimulatorRecordsMove.FromBotFile(botStore.Database, _store.Database);
        }
        catch (Exception exception)
        {
            if (StorageFaults.IsFatal(exception))
            {
                _store.ReportFault(exception);
            }

            Dispose();
            throw;
        }
    }

    public string FilePath { get; }

    public BsonMapper Mapper => _store.Database.Mapper;

    /// <summary>Runs a call against the file (a read, or a write committed on its own), reopening the file first if it failed earlier.</summary>
    public T Use<T>(Func<LiteDatabase, T> call)
    {
        ReopenIfFailed();
        try
        {
            return call(_store.Database);
        }
        catch (Exception exception) when (StorageFaults.IsFatal(exception))
        {
            throw Unavailable(exception);
        }
    }

    /// <summary>
    /// Runs a write in the simulator's own group commit and returns once it is on the disk: the bot
    /// records an order as taken by the portal only after this, as it would after a remote portal's answer.
    /// </summary>
    public async Task<bool> WriteDurablyAsync(Func<LiteDatabase, bool> write)
    {
        ReopenIfFailed();
        bool written;
        try
        {
            written = await _commits.WriteAsync(write);
        }
        catch (Exception exception) when (StorageFaults.IsFatal(exception))
        {
            throw Unavailable(exception);
        }

        return await _durability.WaitAsync()
            ? written
            : throw new PortalUnavailableException("The portal simulator's data file could not be flushed to the disk.");
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        _commits.Dispose();
        await _durability.DisposeAsync();
        _store.Dispose();
    }

    internal static string PathFor(SimulatorOptions simulator, StorageOptions storage)
    {
        if (!string.IsNullOrWhiteSpace(simulator.Path))
        {
            return System.IO.Path.GetFullPath(simulator.Path, AppContext.BaseDirectory);
        }

        var botFile = storage.ResolvedPath;
        return System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(botFile)!,
            System.IO.Path.GetFileNameWithoutExtension(botFile) + "-portal" + System.IO.Path.GetExtension(botFile));
    }

    private void ReopenIfFailed()
    {
        if (_store.Fault is { } fault && !_store.TryReopen())
        {
            throw new PortalUnavailableException("The portal simulator's data file cannot be used: " + fault.Message, fault);
        }
    }

    private PortalUnavailableException Unavailable(Exception exception)
    {
        _store.ReportFault(exception);
        return new PortalUnavailableException("The portal simulator's data file failed: " + exception.Message, exception);
    }
}
