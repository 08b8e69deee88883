using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegistryBot.Storage;

namespace RegistryBot.Tests.Storage;

/// <summary>Writes sharing transactions on a real LiteDB file: one caller's error never becomes another's.</summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("registrybot-commit-").FullName;
    private readonly LiteDbStore _store;
    private readonly GroupCommit _commits;

    public GroupCommitTests()
    {
        _store = new LiteDbStore(Options.Create(new StorageOptions { Path = Path.Combine(_folder, "bot.db") }), [], NullLogger<LiteDbStore>.Instance);
        _commits = new GroupCommit(_store, NullLogger<GroupCommit>.Instance);
    }

    [Fact]
    public async Task A_failing_write_fails_alone_and_the_others_are_committed()
    {
        var writes = Enumerable.Range(0, 40).Select(i => Task.Run(() => _commits.WriteAsync(database =>
        {
            if (i == 17)
            {
                throw new InvalidOperationException("write 17 fails");
            }

            database.GetCollection("things").Insert(new BsonDocument { ["_id"] = i });
            return true;
        }))).ToList();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => writes[17]);
        Assert.Equal("write 17 fails", failure.Message);
        Assert.All(writes.Where((_, i) => i != 17), write => Assert.True(write.Result));
        Assert.Equal(39, _store.Database.GetCollection("things").Count());
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
