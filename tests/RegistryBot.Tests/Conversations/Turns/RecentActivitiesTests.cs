using RegistryBot.Conversations.Turns;

namespace RegistryBot.Tests.Conversations.Turns;

public sealed class RecentActivitiesTests
{
    private static readonly DateTime Start = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Knows_every_activity_since_start_while_under_capacity()
    {
        var recent = new RecentActivities(keyCapacity: 3, answerCapacity: 3, Start);
        var keys = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        keys.ForEach(key => recent.Add(key, Start.AddSeconds(1), [1]));

        Assert.All(keys, key => Assert.True(recent.Contains(key, out _)));
        Assert.False(recent.Contains(Guid.NewGuid(), out _));
        Assert.Equal(Start, recent.CompleteSince);
    }

    [Fact]
    public void Evicting_the_oldest_key_moves_the_horizon_to_when_it_was_seen()
    {
        var recent = new RecentActivities(keyCapacity: 2, answerCapacity: 2, Start);
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
        var recent = new RecentActivities(keyCapacity: 10, answerCapacity: 1, Start);
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        recent.Add(first, Start.AddSeconds(1), [1]);
        recent.Add(second, Start.AddSeconds(2), [2]);

        Assert.True(recent.Contains(first, out var firstAnswer));
        Assert.Null(firstAnswer);
        Assert.True(recent.Contains(second, out var secondAnswer));
        Assert.Equal([2], secondAnswer);
    }
}
