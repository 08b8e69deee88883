using RegistryBot.Cards;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations;

/// <summary>
/// Greets a conversation when the bot is added to it. Teams announces an install twice
/// (conversationUpdate and installationUpdate), so a conversation is welcomed once per minute at most.
/// </summary>
public sealed class WelcomeHandler(BotCards cards, WelcomeLedger ledger)
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!BotWasAdded(turn.Activity) || !ledger.TryClaim(turn.ConversationId))
        {
            return;
        }

        var userName = turn.Activity.Conversation?.ConversationType is null or ConversationTypes.Personal
            ? turn.Activity.From?.Name
            : null;
        await turn.ReplyAsync(OutboundActivity.FromCard(cards.Welcome(userName), "Welcome to RegistryBot"), cancellationToken);
    }

    private static bool BotWasAdded(Activity activity) => activity.Type switch
    {
        ActivityTypes.ConversationUpdate => activity.MembersAdded?.Any(member => member.Id == activity.Recipient?.Id) == true,
        ActivityTypes.InstallationUpdate => activity.Action is "add" or "add-upgrade",
        _ => false,
    };
}
