using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegistryBot.ReliabilityTests.Infrastructure;
using RegistryBot.Storage;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Plan row 3, at the commit: a write is reported committed exactly when it is in the log, whatever
/// fails after it, and a commit that failed half way never comes back. The disk is a small tmpfs
/// (root only; elsewhere the tests report themselves skipped).
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class CheckpointOnFullDiskTests(ITestOutputHelper output)
{
    private const int PageSize = 8192;
    private static readonly string Payload = new('x', 40 * PageSize);

    [SkippableFact]
    public async Task A_write_in_the_log_is_reported_committed_when_the_checkpoint_after_it_finds_the_disk_full()
    {
        using var disk = Tmpfs.TryMount(4 * 1024 * 1024, out var whyNot);
        Skip.If(disk is null, $"Full-disk test skipped: {whyNot}.");
        var dataFile = Path.Combine(disk!.Path, "bot.db");

        using (var store = Open(dataFile))
        using (var commits = new GroupCommit(store, NullLogger<GroupCommit>.Instance))
        {
            Assert.True(await commits.WriteAsync(database => Insert(database, "before", "small")));

            // Room for the log's copy of the document, not for the data file's as well.
            var filler = Path.Combine(disk.Path, "filler.bin");
            disk.Fill("filler.bin");
            ShrinkBy(filler, 60 * PageSize);
            Assert.True(await commits.WriteAsync(database => Insert(database, "big", Payload)));

            // The checkpoint runs on the writer's thread after the write is answered.
            var fault = Assert.IsType<IOException>(await FaultOf(store));
            output.WriteLine($"the checkpoint after the commit failed: {fault.Message}");
            await Assert.ThrowsAsync<IOException>(() => commits.WriteAsync(database => Insert(database, "while full", "small")));

            File.Delete(filler);
            Assert.True(store.TryReopen());
            Assert.True(await commits.WriteAsync(database => Insert(database, "after", "small")));
        }

        Assert.Equal(["after", "before", "big"], IdsIn(dataFile));
    }

    [SkippableFact]
    public async Task A_commit_that_finds_the_disk_full_fails_closes_the_file_and_never_commits_later()
    {
        using var disk = Tmpfs.TryMount(4 * 1024 * 1024, out var whyNot);
        Skip.If(disk is null, $"Full-disk test skipped: {whyNot}.");
        var dataFile = Path.Combine(disk!.Path, "bot.db");

        using (var store = Open(dataFile))
        using (var commits = new GroupCommit(store, NullLogger<GroupCommit>.Instance))
        {
            Assert.True(await commits.WriteAsync(database => Insert(database, "before", "small")));

            // Room for part of the log's copy: LiteDB writes some of the transaction's pages, then fails.
            var filler = Path.Combine(disk.Path, "filler.bin");
            disk.Fill("filler.bin");
            ShrinkBy(filler, 20 * PageSize);
            var failed = await Assert.ThrowsAsync<IOException>(() => commits.WriteAsync(database => Insert(database, "big", Payload)));
            output.WriteLine($"the commit failed: {failed.Message}");
            Assert.NotNull(store.Fault);

            // Before, the writer's next transaction carried on in the failed one and committed it.
            File.Delete(filler);
            await Assert.ThrowsAsync<IOException>(() => commits.WriteAsync(database => Insert(database, "before reopening", "small")));
            Assert.True(store.TryReopen());
            Assert.Null(store.Fault);
            Assert.True(await commits.WriteAsync(database => Insert(database, "after", "small")));
        }

        // LiteDB's finaliser of the half-discarded transaction ended the process before.
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.Equal(["after", "before"], IdsIn(dataFile));
    }

    private static LiteDbStore Open(string dataFile) =>
        new(Options.Create(new StorageOptions { Path = dataFile, CheckpointPages = 1 }), [], NullLogger<LiteDbStore>.Instance);

    private static async Task<Exception?> FaultOf(LiteDbStore store)
    {
        for (var waited = 0; store.Fault is null && waited < 10_000; waited += 20)
        {
            await Task.Delay(20);
        }

        return store.Fault;
    }

    private static List<string> IdsIn(string dataFile)
    {
        using var store = Open(dataFile);
        return store.Database.GetCollection("things").FindAll().Select(document => document["_id"].AsString).Order(StringComparer.Ordinal).ToList();
    }

    private static bool Insert(LiteDatabase database, string id, string text)
    {
        database.GetCollection("things").Insert(new BsonDocument { ["_id"] = id, ["text"] = text });
        return true;
    }

    private static void ShrinkBy(string file, long bytes)
    {
        using var stream = File.Open(file, FileMode.Open);
        stream.SetLength(stream.Length - bytes);
    }
}
