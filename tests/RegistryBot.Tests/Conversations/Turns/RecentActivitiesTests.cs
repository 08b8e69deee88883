using RegistryBot.Conversations.Turns;

namespace RegistryBot.Tests.Conversations.Turns;

public sealed class RecentActivitiesTests
{
    private static readonly DateTime Start = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Knows_every_activity_since_start_while_under_capacity()
    {
        var recent = new RecentActivities(keyCapacity: 3, answerBytes: 3, Start);
        var keys = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        keys.ForEach(key => recent.Add(key, Start.AddSeconds(1), [1]));

        Assert.All(keys, key => Assert.True(recent.Contains(key, out _)));
        Assert.False(recent.Contains(Guid.NewGuid(), out _));
        Assert.Equal(Start, recent.CompleteSince);
    }

    [Fact]
    public void Evicting_the_oldest_key_moves_the_horizon_to_when_it_was_seen()
    {
        var recent = new RecentActivities(keyCapacity: 2, answerBytes: 2, Start);
        var oldest = Guid.NewGuid();
        recent.Add(oldest, Start.AddSeconds(1), null);
        recent.Add(Guid.NewGuid(), Start.AddSeconds(2), null);
        recent.Add(Guid.NewGuid(), Start.AddSeconds(3), null);

        Assert.False(recent.Contains(oldest, out _));
        Assert.Equal(Start.AddSeconds(1), recent.CompleteSince);
    }

    [Fact]
    public void Keeps_answers_of_the_most_recent_activities_only()
    {
        var recent = new RecentActivities(keyCapacity: 10, answerBytes: 4, Start);
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var third = Guid.NewGuid();
        recent.Add(first, Start.AddSeconds(1), [1, 1]);
        recent.Add(second, Start.AddSeconds(2), [2, 2]);
        recent.Add(third, Start.AddSeconds(3), [3, 3]);

        Assert.True(recent.Contains(first, out var firstAnswer));
        Assert.Null(firstAnswer);
        Assert.True(recent.Contains(second, out var secondAnswer));
        Assert.Equal([2, 2], secondAnswer);
        Assert.True(recent.Contains(third, out var thirdAnswer));
        Assert.Equal([3, 3], thirdAnswer);
    }

    [Fact]
    public void An_answer_larger_than_the_budget_is_not_kept_and_leaves_the_others_alone()
    {
        var recent = new RecentActivities(keyCapacity: 10, answerBytes: 4, Start);
        var kept = Guid.NewGuid();
        var tooLarge = Guid.NewGuid();
        recent.Add(kept, Start.AddSeconds(1), [1, 1]);
        recent.Add(tooLarge, Start.AddSeconds(2), [2, 2, 2, 2, 2]);

        Assert.True(recent.Contains(tooLarge, out var tooLargeAnswer));
        Assert.Null(tooLargeAnswer);
        Assert.True(recent.Contains(kept, out var keptAnswer));
        Assert.Equal([1, 1], keptAnswer);
    }

    [Fact]
    public void Keeps_no_more_answers_than_keys_however_small_the_answers()
    {
        var recent = new RecentActivities(keyCapacity: 3, answerBytes: 1_000, Start);
        for (var i = 0; i < 100; i++)
        {
            recent.Add(Guid.NewGuid(), Start.AddSeconds(i), [(byte)i]);
        }

        Assert.Equal(3, recent.AnswerCount);
    }

    [Fact]
    public void Answers_overwritten_many_times_over_never_come_back_as_another_activitys()
    {
        var random = new Random(1234);
        var recent = new RecentActivities(keyCapacity: 10_000, answerBytes: 1_000, Start);
        var answers = new Dictionary<Guid, byte[]>();
        for (var i = 0; i < 2_000; i++)
        {
            var key = Guid.NewGuid();
            var answer = new byte[random.Next(1, 300)];
            random.NextBytes(answer);
            answers[key] = answer;
            recent.Add(key, Start.AddSeconds(i), answer);

            Assert.True(recent.Contains(key, out var newest));
            Assert.Equal(answer, newest);
        }

        var stillKept = 0;
        foreach (var (key, answer) in answers)
        {
            Assert.True(recent.Contains(key, out var replayed));
            if (replayed is not null)
            {
                Assert.Equal(answer, replayed);
                stillKept++;
            }
        }

        // 1,000 bytes hold the last few answers of about 150 bytes each, never more than fit.
        Assert.InRange(stillKept, 2, 1_000);
    }
}
