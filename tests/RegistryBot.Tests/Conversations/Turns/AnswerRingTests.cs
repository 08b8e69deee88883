using RegistryBot.Conversations.Turns;

namespace RegistryBot.Tests.Conversations.Turns;

public sealed class AnswerRingTests
{
    [Fact]
    public void Reads_back_what_was_stored()
    {
        var ring = new AnswerRing(16);

        Assert.True(ring.TryStore([1, 2, 3], out var first));
        Assert.True(ring.TryStore([4, 5], out var second));

        Assert.Equal([1, 2, 3], ring.Read(first));
        Assert.Equal([4, 5], ring.Read(second));
    }

    [Fact]
    public void The_newest_answers_overwrite_the_oldest_and_those_read_as_gone()
    {
        var ring = new AnswerRing(8);
        ring.TryStore([1, 1, 1, 1], out var first);
        ring.TryStore([2, 2, 2, 2], out var second);
        ring.TryStore([3, 3], out var third);

        Assert.False(ring.Holds(first));
        Assert.Null(ring.Read(first));
        Assert.Equal([2, 2, 2, 2], ring.Read(second));
        Assert.Equal([3, 3], ring.Read(third));
    }

    [Fact]
    public void An_answer_that_does_not_fit_before_the_end_starts_again_at_the_beginning()
    {
        var ring = new AnswerRing(8);
        ring.TryStore([1, 1, 1, 1, 1, 1], out var first);
        ring.TryStore([2, 2, 2, 2], out var second);

        Assert.Null(ring.Read(first));
        Assert.Equal([2, 2, 2, 2], ring.Read(second));

        // The two bytes skipped at the end count as written: the next answer fills the buffer again.
        ring.TryStore([3, 3, 3, 3], out var third);
        Assert.Equal([2, 2, 2, 2], ring.Read(second));
        Assert.Equal([3, 3, 3, 3], ring.Read(third));
    }

    [Fact]
    public void An_answer_larger_than_the_buffer_is_not_kept_and_overwrites_nothing()
    {
        var ring = new AnswerRing(4);
        ring.TryStore([1, 1], out var kept);

        Assert.False(ring.TryStore([2, 2, 2, 2, 2], out _));
        Assert.Equal([1, 1], ring.Read(kept));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_budget_of_nothing_keeps_nothing(int capacity)
    {
        var ring = new AnswerRing(capacity);

        Assert.False(ring.TryStore([1], out var slot));
        Assert.False(ring.Holds(slot));
        Assert.Null(ring.Read(slot));
    }

    [Fact]
    public void An_empty_answer_is_not_kept()
    {
        var ring = new AnswerRing(4);

        Assert.False(ring.TryStore([], out var slot));
        Assert.False(ring.Holds(slot));
    }

    [Fact]
    public void An_answer_whose_first_byte_was_overwritten_reads_as_gone()
    {
        var ring = new AnswerRing(8);
        ring.TryStore([1, 1, 1, 1], out var first);
        ring.TryStore([2, 2, 2, 2], out var second);
        Assert.Equal([1, 1, 1, 1], ring.Read(first));

        ring.TryStore([3], out _);

        Assert.Null(ring.Read(first));
        Assert.Equal([2, 2, 2, 2], ring.Read(second));
    }

    [Theory]
    [InlineData(13, 5)]
    [InlineData(997, 400)]
    public void Every_answer_read_back_is_the_one_stored_there_however_the_sizes_fall(int capacity, int largest)
    {
        var random = new Random(capacity);
        var ring = new AnswerRing(capacity);
        var stored = new List<(AnswerSlot Slot, byte[] Answer)>();
        for (var i = 0; i < 5_000; i++)
        {
            var answer = new byte[random.Next(1, largest + 1)];
            random.NextBytes(answer);
            Assert.True(ring.TryStore(answer, out var slot));
            stored.Add((slot, answer));

            // Whatever the ring still claims to hold must be exactly what was stored there.
            foreach (var (earlierSlot, earlierAnswer) in stored.TakeLast(capacity + 1))
            {
                if (ring.Read(earlierSlot) is { } read)
                {
                    Assert.Equal(earlierAnswer, read);
                }
            }

            Assert.Equal(answer, ring.Read(slot));
        }
    }
}
