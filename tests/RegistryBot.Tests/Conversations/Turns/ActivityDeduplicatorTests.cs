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
    public void A_redelivery_gets_the_same_invoke_answer()
    {
        using var bot = new Process(this);
        var activity = Invoke("a-1", _time.GetUtcNow());

        Assert.Null(bot.Deduplicator.FindSeen(activity, out var key));
        bot.Deduplicator.Remember(activity, key, InvokeResponse.Message("done"));

        var seen = bot.Deduplicator.FindSeen(activity, out _);
        Assert.NotNull(seen);
        Assert.Equal(200, seen.Answer?.StatusCode);
        Assert.Null(bot.Deduplicator.FindSeen(Invoke("a-2", _time.GetUtcNow()), out _));
    }

    [Fact]
    public void After_a_restart_a_message_from_before_it_is_found_in_the_data_file()
    {
        var sentAt = _time.GetUtcNow();
        using (var before = new Process(this))
        {
            before.Handle(Message("m-1", sentAt), null);
        }

        _time.Advance(TimeSpan.FromMinutes(1));
        using var after = new Process(this);

        var seen = after.Deduplicator.FindSeen(Message("m-1", sentAt), out _);
        Assert.NotNull(seen);
        Assert.Null(seen.Answer);
        Assert.Null(after.Deduplicator.FindSeen(Message("m-2", sentAt), out _));
    }

    [Fact]
    public void After_a_restart_an_invoke_from_before_it_runs_again()
    {
        var sentAt = _time.GetUtcNow();
        using (var before = new Process(this))
        {
            before.Handle(Invoke("a-1", sentAt), InvokeResponse.Message("done"));
        }

        _time.Advance(TimeSpan.FromMinutes(1));
        using var after = new Process(this);

        Assert.Null(after.Deduplicator.FindSeen(Invoke("a-1", sentAt), out _));
    }

    [Fact]
    public void Forgets_activities_stamped_before_the_cut_and_keeps_later_ones()
    {
        var early = _time.GetUtcNow();
        var late = early.AddSeconds(10);
        using (var before = new Process(this))
        {
            before.Handle(Message("m-1", early), null);
            before.Handle(Message("m-2", late), null);
        }

        _time.Advance(TimeSpan.FromMinutes(5));
        using var after = new Process(this);

        Assert.Equal(1, after.Deduplicator.Forget(early.UtcDateTime.AddSeconds(5)));
        Assert.Null(after.Deduplicator.FindSeen(Message("m-1", early), out _));
        Assert.NotNull(after.Deduplicator.FindSeen(Message("m-2", late), out _));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Activity Message(string id, DateTimeOffset timestamp) => Activity(ActivityTypes.Message, id, timestamp);

    private static Activity Invoke(string id, DateTimeOffset timestamp) => Activity(ActivityTypes.Invoke, id, timestamp);

    private static Activity Activity(string type, string id, DateTimeOffset timestamp) => new()
    {
        Type = type,
        Id = id,
        Timestamp = timestamp,
        Conversation = new ConversationAccount { Id = "a:conversation" },
    };

    /// <summary>The parts of one bot process on the test's data file; disposing it writes what is pending, as a shutdown does.</summary>
    private sealed class Process : IDisposable
    {
        private readonly LiteDbStore _store;
        private readonly GroupCommit _commits;

        public Process(ActivityDeduplicatorTests test)
        {
            _store = new LiteDbStore(
                Options.Create(new StorageOptions { Path = Path.Combine(test._folder, "bot.db") }),
                [new SeenActivitySetup()],
                NullLogger<LiteDbStore>.Instance);
            _commits = new GroupCommit(_store, NullLogger<GroupCommit>.Instance);
            Deduplicator = new ActivityDeduplicator(
                new SeenActivityLog(_store, _commits, NullLogger<SeenActivityLog>.Instance),
                Options.Create(new DeduplicationOptions()),
                test._time);
        }

        public ActivityDeduplicator Deduplicator { get; }

        /// <summary>What the router does around a turn: look the activity up, then remember it.</summary>
        public void Handle(Activity activity, InvokeResponse? response)
        {
            Assert.Null(Deduplicator.FindSeen(activity, out var key));
            Deduplicator.Remember(activity, key, response);
        }

        public void Dispose()
        {
            _commits.Dispose();
            _store.Dispose();
        }
    }
}
