using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegistryBot.Notifications;
using RegistryBot.Ordering.Orders;
using RegistryBot.Storage;

namespace RegistryBot.Tests.Notifications;

public sealed class OutboxStoreTests : IDisposable
{
    private static readonly DateTime Noon = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    private readonly string _folder = Directory.CreateTempSubdirectory("registrybot-outbox-").FullName;
    private readonly LiteDbStore _store;
    private readonly GroupCommit _commits;
    private readonly OutboxStore _outbox;

    public OutboxStoreTests()
    {
        _store = new LiteDbStore(
            Options.Create(new StorageOptions { Path = Path.Combine(_folder, "bot.db") }),
            [new OutboxSetup()],
            NullLogger<LiteDbStore>.Instance);
        _commits = new GroupCommit(_store, NullLogger<GroupCommit>.Instance);
        _outbox = new OutboxStore(_store, _commits);
    }

    [Fact]
    public void Due_entries_come_oldest_first_with_processing_before_done_of_the_same_instant()
    {
        Add("ORD-B", OrderStatus.Done, "conv-1", Noon.AddSeconds(1));
        Add("ORD-B", OrderStatus.Processing, "conv-1", Noon.AddSeconds(1));
        Add("ORD-A", OrderStatus.Processing, "conv-2", Noon);
        Add("ORD-C", OrderStatus.Processing, "conv-3", Noon.AddSeconds(2), state: OutboxState.Delivered);

        var due = _outbox.Due(Noon.AddMinutes(1), limit: 10, pageSize: 1);

        Assert.Equal(["ORD-A:processing", "ORD-B:processing", "ORD-B:DONE"], due.Select(entry => entry.Id));
    }

    [Fact]
    public void A_conversation_waiting_for_a_retry_gets_nothing_newer_even_from_a_later_page()
    {
        Add("ORD-A", OrderStatus.Processing, "conv-1", Noon, nextAttemptAt: Noon.AddMinutes(5));
        Add("ORD-B", OrderStatus.Processing, "conv-2", Noon.AddSeconds(1));
        Add("ORD-C", OrderStatus.Processing, "conv-2", Noon.AddSeconds(2));
        Add("ORD-A", OrderStatus.Done, "conv-1", Noon.AddSeconds(3));
        Add("ORD-D", OrderStatus.Processing, "conv-3", Noon.AddSeconds(4));

        var due = _outbox.Due(Noon.AddMinutes(1), limit: 10, pageSize: 2);

        Assert.Equal(["ORD-B:processing", "ORD-C:processing", "ORD-D:processing"], due.Select(entry => entry.Id));
    }

    [Fact]
    public void An_instant_with_more_entries_than_a_page_is_read_whole_once()
    {
        for (var order = 0; order < 5; order++)
        {
            Add($"ORD-{order}", OrderStatus.Done, $"conv-{order}", Noon);
            Add($"ORD-{order}", OrderStatus.Processing, $"conv-{order}", Noon);
        }

        Add("ORD-LATER", OrderStatus.Processing, "conv-9", Noon.AddSeconds(1));

        var due = _outbox.Due(Noon.AddMinutes(1), limit: 20, pageSize: 3);

        Assert.Equal(11, due.Count);
        Assert.Equal(due.Count, due.Select(entry => entry.Id).Distinct().Count());
        Assert.All(Enumerable.Range(0, 5), order =>
            Assert.True(IndexOf(due, $"ORD-{order}:processing") < IndexOf(due, $"ORD-{order}:DONE")));
        Assert.Equal("ORD-LATER:processing", due[^1].Id);
    }

    [Theory]
    [InlineData(1, 7)]
    [InlineData(3, 50)]
    [InlineData(10, 500)]
    public void Paged_reading_chooses_exactly_what_reading_every_pending_entry_would(int pageSize, int limit)
    {
        var random = new Random(20261125);
        for (var order = 0; order < 300; order++)
        {
            var conversation = $"conv-{random.Next(40)}";
            var changedAt = Noon.AddSeconds(random.Next(60));
            var state = random.Next(10) == 0 ? OutboxState.Delivered : OutboxState.Pending;
            var retryAt = random.Next(8) == 0 ? Noon.AddMinutes(10) : Noon;
            Add($"ORD-{order:D3}", OrderStatus.Processing, conversation, changedAt, state, retryAt);
            if (random.Next(2) == 0)
            {
                Add($"ORD-{order:D3}", OrderStatus.Done, conversation, changedAt);
            }
        }

        var now = Noon.AddMinutes(1);
        var expected = EveryPendingEntryRead(now, limit);

        Assert.Equal(expected, _outbox.Due(now, limit, pageSize).Select(entry => entry.Id));
    }

    [Fact]
    public async Task An_update_is_committed_and_takes_the_entry_out_of_what_is_due()
    {
        Add("ORD-A", OrderStatus.Processing, "conv-1", Noon);
        Add("ORD-B", OrderStatus.Processing, "conv-2", Noon);
        var delivered = _outbox.Collection.FindById("ORD-A:processing");
        delivered.State = OutboxState.Delivered;
        delivered.DeliveredAt = Noon.AddSeconds(1);
        delivered.ActivityId = "activity-1";
        delivered.Attempts = 1;

        await _outbox.UpdateAsync(delivered);

        Assert.Equal(["ORD-B:processing"], _outbox.Due(Noon.AddMinutes(1), limit: 10).Select(entry => entry.Id));
        var stored = _outbox.Collection.FindById("ORD-A:processing");
        Assert.Equal((OutboxState.Delivered, "activity-1", 1), (stored.State, stored.ActivityId, stored.Attempts));
    }

    public void Dispose()
    {
        _commits.Dispose();
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The definition, read off all pending entries at once.</summary>
    private List<string> EveryPendingEntryRead(DateTime now, int limit) =>
        _outbox.Collection.FindAll()
            .Where(entry => entry.State == OutboxState.Pending)
            .OrderBy(entry => entry.CreatedAt)
            .ThenBy(entry => entry.Status == OrderStatus.Processing ? 0 : 1)
            .ThenBy(entry => entry.Id, StringComparer.Ordinal)
            .GroupBy(entry => entry.ConversationId, StringComparer.Ordinal)
            .SelectMany(conversation => conversation.TakeWhile(entry => entry.NextAttemptAt <= now))
            .OrderBy(entry => entry.CreatedAt)
            .ThenBy(entry => entry.Status == OrderStatus.Processing ? 0 : 1)
            .ThenBy(entry => entry.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(entry => entry.Id)
            .ToList();

    private static int IndexOf(IReadOnlyList<OutboxEntry> entries, string id) =>
        entries.Select((entry, index) => (entry, index)).Single(pair => pair.entry.Id == id).index;

    private void Add(string orderId, string status, string conversationId, DateTime createdAt, OutboxState state = OutboxState.Pending, DateTime? nextAttemptAt = null) =>
        _outbox.Collection.Insert(new OutboxEntry
        {
            Id = OutboxEntry.IdOf(orderId, status),
            OrderId = orderId,
            Status = status,
            ConversationId = conversationId,
            State = state,
            CreatedAt = createdAt,
            NextAttemptAt = nextAttemptAt ?? createdAt,
        });
}
