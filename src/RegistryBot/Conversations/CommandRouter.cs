using System.Collections.Frozen;
using RegistryBot.Portal;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations;

/// <summary>Routes a message's text (without the bot's @mention) to its command; anything else gets help.</summary>
public sealed partial class CommandRouter(IEnumerable<ICommand> commands, HelpCommand help, ILogger<CommandRouter> logger)
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
            ? HandleAsync(command, turn, arguments, cancellationToken)
            : help.HandleAsync(turn, string.Empty, cancellationToken);
    }

    private async Task HandleAsync(ICommand command, TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        try
        {
            await command.HandleAsync(turn, arguments, cancellationToken);
        }
        catch (PortalUnavailableException exception)
        {
            // A card that needs the portal (the billing profiles) cannot be drawn.
            LogPortalUnavailable(command.Name, exception.Message);
            await turn.ReplyAsync(OutboundActivity.FromText(VerbRouter.PortalUnavailableAnswer), cancellationToken);
        }
    }

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "The command {Command} could not go on: the portal is unavailable: {Reason}")]
    private partial void LogPortalUnavailable(string command, string reason);
}
