using System.Diagnostics;
using System.Runtime.CompilerServices;
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
            await Assert.ThrowsAsync<StoreClosedException>(() => commits.WriteAsync(database => Insert(database, "while full", "small")));

            File.Delete(filler);
            Assert.True(store.TryReopen());
            Assert.True(await commits.WriteAsync(database => Insert(database, "after", "small")));
        }

        Assert.Equal(["after", "before", "big"], IdsIn(dataFile));
    }

    [SkippableTheory]
    [InlineData(0)]
    [InlineData(4096)]
    public async Task A_commit_that_finds_the_disk_full_fails_closes_the_file_and_never_commits_later(int tornBytes)
    {
        using var disk = Tmpfs.TryMount(4 * 1024 * 1024, out var whyNot);
        Skip.If(disk is null, $"Full-disk test skipped: {whyNot}.");
        var dataFile = Path.Combine(disk!.Path, "bot.db");

        using (var store = Open(dataFile, checkpointPages: 1000))
        using (var commits = new GroupCommit(store, NullLogger<GroupCommit>.Instance))
        {
            Assert.True(await commits.WriteAsync(database => Insert(database, "before", "small")));

            // Room for part of the log's copy: LiteDB writes some of the transaction's pages, then fails,
            // at a page's end or (the file system's blocks being 4 KiB) in the middle of one.
            var filler = Path.Combine(disk.Path, "filler.bin");
            disk.Fill("filler.bin");
            ShrinkBy(filler, (20 * PageSize) + tornBytes);
            var failed = await Assert.ThrowsAsync<IOException>(() => commits.WriteAsync(database => Insert(database, "big", Payload)));
            var logLength = new FileInfo(Path.Combine(disk.Path, "bot-log.db")).Length;
            output.WriteLine($"the commit failed: {failed.Message}; the log holds {logLength} bytes, {logLength % PageSize} past its last whole page");
            Assert.NotNull(store.Fault);

            // Before, the writer's next transaction carried on in the failed one and committed it.
            File.Delete(filler);
            await Assert.ThrowsAsync<StoreClosedException>(() => commits.WriteAsync(database => Insert(database, "before reopening", "small")));
            Assert.True(store.TryReopen());
            Assert.Null(store.Fault);
            Assert.True(await commits.WriteAsync(database => Insert(database, "after", "small")));
        }

        CollectTheDead();

        Assert.Equal(["after", "before"], IdsIn(dataFile));
    }

    [SkippableFact]
    public void Closing_after_a_failed_write_nobody_reported_is_prompt_and_leaves_the_file_sound()
    {
        using var disk = Tmpfs.TryMount(4 * 1024 * 1024, out var whyNot);
        Skip.If(disk is null, $"Full-disk test skipped: {whyNot}.");
        var dataFile = Path.Combine(disk!.Path, "bot.db");
        var closedIn = FailAWriteNobodyReportsThenClose(disk, dataFile);
        output.WriteLine($"closed in {closedIn.TotalMilliseconds:F0} ms");

        // Before, closing checkpointed the closed engine, which waited out LiteDB's lock timeout of a
        // minute (and threw on the writing thread).
        Assert.True(closedIn < TimeSpan.FromSeconds(5), $"Closing took {closedIn.TotalSeconds:F1} s.");
        CollectTheDead();
        Assert.Equal(["before"], IdsIn(dataFile));
    }

    // Not inlined, so that nothing of the store is left reachable for CollectTheDead.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TimeSpan FailAWriteNobodyReportsThenClose(Tmpfs disk, string dataFile)
    {
        var store = Open(dataFile, checkpointPages: 1000);
        Insert(store.Database, "before", "small");
        var filler = Path.Combine(disk.Path, "filler.bin");
        disk.Fill("filler.bin");
        ShrinkBy(filler, 20 * PageSize);

        // A write of its own, outside the group commit, as a support ticket's is; the process stops before anyone reports its error.
        Assert.ThrowsAny<IOException>(() => Insert(store.Database, "big", Payload));
        Assert.Null(store.Fault);
        File.Delete(filler);

        // The host closes the store on a thread of its own.
        var closing = Stopwatch.StartNew();
        var closer = new Thread(store.Dispose);
        closer.Start();
        return closer.Join(TimeSpan.FromSeconds(70)) ? closing.Elapsed : Timeout.InfiniteTimeSpan;
    }

    // LiteDB's finaliser of a half-discarded transaction, should it run, ends the test host.
    private static void CollectTheDead()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    // One page: every commit is followed by a checkpoint. A thousand: the first write stays in the log, where the next transaction reads it.
    private static LiteDbStore Open(string dataFile, int checkpointPages = 1) =>
        new(Options.Create(new StorageOptions { Path = dataFile, CheckpointPages = checkpointPages }), [], NullLogger<LiteDbStore>.Instance);

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
