using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegistryBot.Storage;

namespace RegistryBot.Tests.Storage;

/// <summary>
/// An error of the engine that failed, arriving after the file was opened afresh, does not fault the
/// new one: the store would otherwise stay unhealthy for another reopen interval, every write refused.
/// </summary>
public sealed class StoreFaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("registrybot-fault-").FullName;

    [Fact]
    public async Task A_write_refused_while_the_file_was_closed_and_reported_after_the_reopen_changes_nothing()
    {
        using var store = Open();
        using var commits = new GroupCommit(store, NullLogger<GroupCommit>.Instance);
        store.Abandon(store.Database, new IOException("No space left on device"));
        var refused = await Assert.ThrowsAsync<StoreClosedException>(() => commits.WriteAsync(_ => true));

        Assert.True(store.TryReopen());
        store.ReportFault(refused);

        Assert.Null(store.Fault);
        Assert.True(await commits.WriteAsync(_ => true));
    }

    [Fact]
    public void An_engine_already_replaced_is_closed_without_faulting_the_file_opened_since()
    {
        using var store = Open();
        var failed = store.Database;
        store.Abandon(failed, new IOException("No space left on device"));
        Assert.True(store.TryReopen());

        // As the writer's checkpoint after a commit on the old engine would, had the reopen come between them.
        store.Abandon(failed, new IOException("The engine is closed."));

        Assert.Null(store.Fault);
        Assert.NotSame(failed, store.Database);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private LiteDbStore Open() =>
        new(Options.Create(new StorageOptions { Path = Path.Combine(_folder, "bot.db") }), [], NullLogger<LiteDbStore>.Instance);
}
