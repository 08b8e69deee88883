using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RegistryBot.Notifications;

namespace RegistryBot.Tests.Notifications;

/// <summary>
/// The status job's requests stay under Teams' limits: 50 a second to a tenant, 8 in 2 s and 60 in 30 s
/// to a conversation; and one tenant's or conversation's backlog does not hold up another.
/// </summary>
public sealed class ProactivePacingTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public void A_backlog_goes_out_at_the_configured_rate_and_no_faster()
    {
        var pacing = Pacing(45);
        var turns = Enumerable.Range(0, 135).Select(_ => pacing.WaitTurnAsync("tenant-a", CancellationToken.None)).ToList();

        var released = new List<int>();
        for (var second = 0; second < 3; second++)
        {
            for (var step = 0; step < 100; step++)
            {
                _time.Advance(TimeSpan.FromMilliseconds(10));
            }

            released.Add(turns.Count(turn => turn.IsCompleted));
        }

        // 45 a second, and the first at once: 46 by the end of the first second, 91 and 136 (all 135) after.
        Assert.Equal([46, 91, 135], released);
    }

    [Fact]
    public void A_tenant_with_a_backlog_does_not_hold_up_another_tenant()
    {
        var pacing = Pacing(45);
        var backlog = Enumerable.Range(0, 90).Select(_ => pacing.WaitTurnAsync("tenant-a", CancellationToken.None)).ToList();

        Assert.True(pacing.WaitTurnAsync("tenant-b", CancellationToken.None).IsCompletedSuccessfully);
        Assert.Equal(1, backlog.Count(turn => turn.IsCompleted));
    }

    [Fact]
    public void A_tenant_quiet_for_a_while_sends_at_once()
    {
        var pacing = Pacing(45);
        _ = Enumerable.Range(0, 10).Select(_ => pacing.WaitTurnAsync("tenant-a", CancellationToken.None)).ToList();

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(pacing.WaitTurnAsync("tenant-a", CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public void Messages_to_one_conversation_go_out_no_closer_than_the_interval_and_others_are_not_held_up()
    {
        var pacing = Pacing(45);
        var backlog = Enumerable.Range(0, 70).Select(_ => pacing.WaitMessageTurnAsync("tenant-a", "conv-1", CancellationToken.None)).ToList();
        var other = pacing.WaitMessageTurnAsync("tenant-a", "conv-2", CancellationToken.None);

        var released = new List<int>();
        foreach (var seconds in new[] { 2, 30 })
        {
            while (_time.GetUtcNow() < Start.AddSeconds(seconds))
            {
                _time.Advance(TimeSpan.FromMilliseconds(10));
            }

            released.Add(backlog.Count(turn => turn.IsCompleted));
        }

        Assert.True(other.IsCompleted, "another conversation waited behind conv-1's backlog");
        // One every 0.51 s: 4 by the end of 2 s (Teams allows 8), 59 by the end of 30 s (Teams allows 60).
        Assert.Equal([4, 59], released);
    }

    [Fact]
    public void Zero_turns_pacing_off()
    {
        var pacing = Pacing(0);

        Assert.All(Enumerable.Range(0, 500), _ => Assert.True(pacing.WaitTurnAsync("tenant-a", CancellationToken.None).IsCompletedSuccessfully));
    }

    private ProactivePacing Pacing(int perSecond) =>
        new(Options.Create(new StatusPollingOptions { TenantRequestsPerSecond = perSecond, ConversationMessageInterval = perSecond > 0 ? TimeSpan.FromMilliseconds(510) : TimeSpan.Zero }), _time);
}
