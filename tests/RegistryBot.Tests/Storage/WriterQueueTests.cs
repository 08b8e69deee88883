using System.Collections.Concurrent;
using System.Diagnostics;
using RegistryBot.Storage;

namespace RegistryBot.Tests.Storage;

/// <summary>The group commit's queue: every item taken once, and a sleeping consumer always woken by an add.</summary>
public sealed class WriterQueueTests
{
    private static readonly TimeSpan ConsumerTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public void Every_item_of_many_producers_is_taken_exactly_once()
    {
        using var queue = new WriterQueue<int>();
        const int Producers = 4;
        const int PerProducer = 25_000;
        var taken = new ConcurrentDictionary<int, int>();

        var consumer = new Thread(() =>
        {
            while (!queue.IsDrained)
            {
                if (queue.TryTake(out var item, ConsumerTimeout))
                {
                    taken.AddOrUpdate(item, 1, (_, count) => count + 1);
                }
            }
        });
        consumer.Start();
        Parallel.For(0, Producers, producer =>
        {
            for (var i = 0; i < PerProducer; i++)
            {
                Assert.True(queue.TryAdd((producer * PerProducer) + i));
            }
        });
        queue.CompleteAdding();

        Assert.True(consumer.Join(ConsumerTimeout));
        Assert.Equal(Producers * PerProducer, taken.Count);
        Assert.All(taken.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public void A_consumer_asleep_on_an_empty_queue_wakes_for_each_add_long_before_its_timeout()
    {
        using var queue = new WriterQueue<int>();
        using var answered = new SemaphoreSlim(0);
        const int Rounds = 5_000;
        var lostWakeUps = 0;

        // One item at a time: the consumer is asleep, or about to be, whenever an item arrives.
        var consumer = new Thread(() =>
        {
            for (var round = 0; round < Rounds; round++)
            {
                var waited = Stopwatch.StartNew();
                if (!queue.TryTake(out _, ConsumerTimeout) || waited.Elapsed >= ConsumerTimeout)
                {
                    Interlocked.Increment(ref lostWakeUps);
                }

                answered.Release();
            }
        });
        consumer.Start();
        for (var round = 0; round < Rounds; round++)
        {
            queue.TryAdd(round);
            Assert.True(answered.Wait(ConsumerTimeout * 2));
        }

        Assert.True(consumer.Join(ConsumerTimeout));
        Assert.Equal(0, lostWakeUps);
    }

    [Fact]
    public void An_empty_queue_answers_false_after_the_timeout()
    {
        using var queue = new WriterQueue<string>();
        var waited = Stopwatch.StartNew();

        Assert.False(queue.TryTake(out _, TimeSpan.FromMilliseconds(50)));
        Assert.True(waited.Elapsed >= TimeSpan.FromMilliseconds(40));
    }

    [Fact]
    public void Once_completed_it_refuses_new_items_and_is_drained_after_the_last_one_is_taken()
    {
        using var queue = new WriterQueue<string>();
        Assert.True(queue.TryAdd("before"));

        queue.CompleteAdding();

        Assert.False(queue.TryAdd("after"));
        Assert.False(queue.IsDrained);
        Assert.True(queue.TryTake(out var item, ConsumerTimeout));
        Assert.Equal("before", item);
        Assert.True(queue.IsDrained);
        Assert.False(queue.TryTake(out _, ConsumerTimeout));
    }
}
