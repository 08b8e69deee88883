using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegistryBot.Storage;
using RegistryBot.Tests.Portal;

namespace RegistryBot.Tests.Storage;

/// <summary>
/// Writes sharing transactions on a real LiteDB file: the writes queued while one batch commits make
/// the next, and one caller's error never becomes another's.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("registrybot-commit-").FullName;
    private readonly RecordingLoggerProvider _logs = new();
    private readonly LiteDbStore _store;
    private readonly GroupCommit _commits;

    public GroupCommitTests()
    {
        _store = new LiteDbStore(Options.Create(new StorageOptions { Path = Path.Combine(_folder, "bot.db") }), [], NullLogger<LiteDbStore>.Instance);
        _commits = new GroupCommit(_store, new Logger<GroupCommit>(new LoggerFactory([_logs])));
    }

    [Fact]
    public async Task Writes_queued_while_the_writer_is_busy_share_one_batch_and_a_failing_one_fails_alone()
    {
        using var writerBusy = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holding = _commits.WriteAsync(_ =>
        {
            writerBusy.Set();
            release.Wait();
            return true;
        });
        Assert.True(writerBusy.Wait(TimeSpan.FromSeconds(10)));

        var writes = Enumerable.Range(0, 40).Select(i => _commits.WriteAsync(database =>
        {
            if (i == 17)
            {
                throw new InvalidOperationException("write 17 fails");
            }

            database.GetCollection("things").Insert(new BsonDocument { ["_id"] = i });
            return true;
        })).ToList();
        release.Set();

        Assert.True(await holding);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => writes[17]);
        Assert.Equal("write 17 fails", failure.Message);
        Assert.All(writes.Where((_, i) => i != 17), write => Assert.True(write.Result));
        Assert.Equal(39, _store.Database.GetCollection("things").Count());
        Assert.Contains(_logs.Entries, entry => entry.Id.Id == 3201 && entry.Message.StartsWith("A batch of 40 writes failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_write_behind_is_reported_and_answers_false()
    {
        var reported = new List<Exception>();

        var written = await _commits.WriteBehind(_ => throw new InvalidOperationException("no room"), reported.Add);

        Assert.False(written);
        Assert.Equal("no room", Assert.Single(reported).Message);
        Assert.True(await _commits.WriteAsync(database => database.GetCollection("things").Insert(new BsonDocument { ["_id"] = 1 }) is not null));
    }

    public void Dispose()
    {
        _commits.Dispose();
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
