using RegistryBot.Teams.Hosting;

namespace RegistryBot.Conversations;

/// <summary>A text command: <see cref="Name"/> is the first word, matched case-insensitively.</summary>
public interface ICommand
{
    string Name { get; }

    Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken);
}
