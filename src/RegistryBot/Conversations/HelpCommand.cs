using RegistryBot.Cards;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations;

public sealed class HelpCommand(BotCards cards) : ICommand
{
    public string Name => "help";

    public Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken) =>
        turn.ReplyAsync(OutboundActivity.FromCard(cards.Help(), "RegistryBot help"), cancellationToken);
}
