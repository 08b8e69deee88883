using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>The app's own handler, counting the turns that reach it: a refused request must not.</summary>
public sealed class CountingActivityHandler(IActivityHandler inner) : IActivityHandler
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public IActivityHandler Inner => inner;

    public Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return inner.HandleAsync(turn, cancellationToken);
    }
}
