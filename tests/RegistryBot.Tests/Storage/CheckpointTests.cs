using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegistryBot.Storage;

namespace RegistryBot.Tests.Storage;

/// <summary>
/// The write-ahead log is copied into the data file by the group commit, between transactions, once
/// it holds <c>Storage:CheckpointPages</c> pages; LiteDB's own automatic checkpoint, which ran inside
/// the commit, is off. Closing the store leaves the data file whole.
/// </summary>
public sealed class CheckpointTests : IDisposable
{
    private const int PageSize = 8192;

    private readonly string _folder = Directory.CreateTempSubdirectory("registrybot-checkpoint-").FullName;

    private string DataFile => Path.Combine(_folder, "bot.db");

    private string LogFile => Path.Combine(_folder, "bot-log.db");

    [Fact]
    public async Task The_log_is_copied_into_the_data_file_once_it_holds_the_configured_pages()
    {
        long largestLog = 0;
        using (var store = Open(checkpointPages: 8))
        using (var commits = new GroupCommit(store, NullLogger<GroupCommit>.Instance))
        {
            Assert.Equal(0, store.Database.CheckpointSize);
            for (var i = 0; i < 200; i++)
            {
                Assert.True(await commits.WriteAsync(database => Insert(database, i)));
                largestLog = Math.Max(largestLog, LogLength());
            }

            // A commit of one document writes a few pages: the log never passes the limit by more than one commit.
            Assert.InRange(largestLog, 8 * PageSize, 16 * PageSize);
            Assert.Null(store.Fault);
        }

        Assert.False(File.Exists(LogFile), "Closing the store left a log beside the data file.");
        using var reopened = Open(checkpointPages: 8);
        Assert.Equal(200, reopened.Database.GetCollection("things").Count());
    }

    [Fact]
    public async Task Without_reaching_the_limit_the_log_keeps_every_commit_until_the_store_closes()
    {
        using (var store = Open(checkpointPages: 1000))
        using (var commits = new GroupCommit(store, NullLogger<GroupCommit>.Instance))
        {
            for (var i = 0; i < 50; i++)
            {
                Assert.True(await commits.WriteAsync(database => Insert(database, i)));
            }

            // LiteDB on its own would have copied the log at its default of 1,000 pages too, but never sooner.
            Assert.InRange(LogLength(), 50 * PageSize, 1000 * PageSize);
        }

        Assert.False(File.Exists(LogFile));
        using var reopened = Open(checkpointPages: 1000);
        Assert.Equal(50, reopened.Database.GetCollection("things").Count());
    }

    [Fact]
    public void A_closed_file_tells_any_other_reader_to_checkpoint_as_LiteDB_does_by_default()
    {
        using (var store = Open(checkpointPages: 8))
        {
            Assert.Equal(0, store.Database.CheckpointSize);
        }

        using var plain = new LiteDatabase(new ConnectionString { Filename = DataFile, ReadOnly = true });
        Assert.Equal(1000, plain.CheckpointSize);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private LiteDbStore Open(int checkpointPages) =>
        new(Options.Create(new StorageOptions { Path = DataFile, CheckpointPages = checkpointPages }), [], NullLogger<LiteDbStore>.Instance);

    private long LogLength() => File.Exists(LogFile) ? new FileInfo(LogFile).Length : 0;

    private static bool Insert(LiteDatabase database, int id)
    {
        database.GetCollection("things").Insert(new BsonDocument { ["_id"] = id, ["text"] = new string('x', 3000) });
        return true;
    }
}
