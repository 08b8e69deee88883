using System.Collections.Frozen;
using RegistryBot.Teams.Hosting;

namespace RegistryBot.Conversations;

/// <summary>Routes a message's text (without the bot's @mention) to its command; anything else gets help.</summary>
public sealed class CommandRouter(IEnumerable<ICommand> commands, HelpCommand help)
{
    private readonly FrozenDictionary<string, ICommand> _commands =
        commands.ToFrozenDictionary(command => command.Name, StringComparer.OrdinalIgnoreCase);

    public Task RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = ActivityText.WithoutBotMention(turn.Activity);
        var split = text.IndexOf(' ');
        var name = split < 0 ? text : text[..split];
        var arguments = split < 0 ? string.Empty : text[(split + 1)..].Trim();

        return _commands.TryGetValue(name, out var command)
            ? command.HandleAsync(turn, arguments, cancellationToken)
            : help.HandleAsync(turn, string.Empty, cancellationToken);
    }
}
