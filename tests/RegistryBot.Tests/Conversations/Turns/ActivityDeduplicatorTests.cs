using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RegistryBot.Conversations.Turns;
using RegistryBot.Storage;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Tests.Conversations.Turns;

/// <summary>Recent activities are answered from memory; older ones, even after a restart, from the data file.</summary>
public sealed class ActivityDeduplicatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("registrybot-dedupe-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_redelivery_gets_the_same_invoke_answer()
    {
        using var store = OpenStore();
        await using var log = new SeenActivityLog(store, NullLogger<SeenActivityLog>.Instance);
        var deduplicator = NewDeduplicator(log);
        var activity = Invoke("a-1", _time.GetUtcNow());

        Assert.Null(deduplicator.FindSeen(activity));
        deduplicator.Remember(activity, InvokeResponse.Message("done"));

        var seen = deduplicator.FindSeen(activity);
        Assert.NotNull(seen);
        Assert.Equal(200, seen.Answer?.StatusCode);
        Assert.Null(deduplicator.FindSeen(Invoke("a-2", _time.GetUtcNow())));
    }

    [Fact]
    public async Task After_a_restart_an_activity_from_before_it_is_found_in_the_data_file()
    {
        var sentAt = _time.GetUtcNow();
        using (var store = OpenStore())
        {
            await using var log = new SeenActivityLog(store, NullLogger<SeenActivityLog>.Instance);
            NewDeduplicator(log).Remember(Invoke("a-1", sentAt), InvokeResponse.Message("done"));
        }

        _time.Advance(TimeSpan.FromMinutes(1));
        using (var store = OpenStore())
        {
            await using var log = new SeenActivityLog(store, NullLogger<SeenActivityLog>.Instance);
            var restarted = NewDeduplicator(log);

            var seen = restarted.FindSeen(Invoke("a-1", sentAt));
            Assert.NotNull(seen);
            Assert.Null(seen.Answer);
            Assert.Null(restarted.FindSeen(Invoke("a-2", sentAt)));
        }
    }

    [Fact]
    public async Task Forgets_activities_older_than_the_window()
    {
        using var store = OpenStore();
        await using (var log = new SeenActivityLog(store, NullLogger<SeenActivityLog>.Instance))
        {
            NewDeduplicator(log).Remember(Invoke("a-1", _time.GetUtcNow()), null);
        }

        await using var later = new SeenActivityLog(store, NullLogger<SeenActivityLog>.Instance);
        Assert.Equal(1, later.Forget(_time.GetUtcNow().UtcDateTime.AddSeconds(1)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ActivityDeduplicator NewDeduplicator(SeenActivityLog log) =>
        new(log, Options.Create(new DeduplicationOptions()), _time);

    private LiteDbStore OpenStore() =>
        new(Options.Create(new StorageOptions { Path = Path.Combine(_folder, "bot.db") }), [new SeenActivitySetup()], NullLogger<LiteDbStore>.Instance);

    private static Activity Invoke(string id, DateTimeOffset timestamp) => new()
    {
        Type = ActivityTypes.Invoke,
        Id = id,
        Timestamp = timestamp,
        Conversation = new ConversationAccount { Id = "a:conversation" },
    };
}
