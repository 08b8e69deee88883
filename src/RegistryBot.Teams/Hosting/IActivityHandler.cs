using RegistryBot.Teams.Schema;

namespace RegistryBot.Teams.Hosting;

/// <summary>The app's side of a turn: returns the invoke response for invokes, null otherwise.</summary>
public interface IActivityHandler
{
    Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
