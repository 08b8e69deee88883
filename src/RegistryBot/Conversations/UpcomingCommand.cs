using RegistryBot.Cards;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations;

/// <summary>A command of the contract whose feature has not shipped yet: says so, with the help card.</summary>
public sealed class UpcomingCommand(string name, BotCards cards) : ICommand
{
    public string Name => name;

    public Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken) =>
        turn.ReplyAsync(
            OutboundActivity.FromCard(cards.Help($"'{name}' is coming soon."), $"'{name}' is coming soon"),
            cancellationToken);
}
