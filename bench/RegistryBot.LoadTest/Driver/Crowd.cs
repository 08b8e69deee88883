using RegistryBot.LoadTest.Connector;
using RegistryBot.LoadTest.Metrics;

namespace RegistryBot.LoadTest.Driver;

/// <summary>The simulated users of one run, all in one tenant, each in a personal chat of its own.</summary>
public sealed class Crowd
{
    private readonly IReadOnlyList<VirtualUser> _users;

    private Crowd(IReadOnlyList<VirtualUser> users) => _users = users;

    public int Count => _users.Count;

    public static Crowd Create(int users, FakeConnector connector, BotClient bot, TimeSpan turnTimeout)
    {
        var runId = Guid.NewGuid().ToString("N")[..8];
        var tenantId = $"load-tenant-{runId}";
        return new Crowd(Enumerable.Range(0, users)
            .Select(index =>
            {
                var identity = new UserIdentity(index, runId, tenantId);
                var script = OrderScript.For(new TeamsActivities(connector.ServiceUrl, identity), identity);
                return new VirtualUser(identity, script, bot, connector.Register(identity.ConversationId), turnTimeout);
            })
            .ToList());
    }

    /// <summary>Every user places its share of <paramref name="orders"/> at once; returns when the last one is done.</summary>
    public async Task<PhaseResult> RunAsync(int orders, Action<string>? placed = null, CancellationToken cancellationToken = default)
    {
        var errors = new ErrorLog();
        var recorders = _users.Select(_ => new LatencyRecorder()).ToArray();
        var tallies = await Task.WhenAll(_users.Select((user, index) => Task.Run(
            () => user.RunAsync(Share(orders, index), recorders[index], errors, placed, cancellationToken),
            cancellationToken)));
        return new PhaseResult(OrderTally.Sum(tallies), recorders, errors);
    }

    private int Share(int orders, int index) => (orders / _users.Count) + (index < orders % _users.Count ? 1 : 0);
}
