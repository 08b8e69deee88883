using RegistryBot.Cards;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Waterfall;

/// <summary><c>cancel</c>: discard the caller's open draft in this conversation.</summary>
public sealed class CancelCommand(DraftStore drafts, NoticeCards notices) : ICommand
{
    public string Name => "cancel";

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var caller = Caller.From(turn.Activity);
        var draft = drafts.FindOpen(caller.ConversationId, caller.UserId);
        if (draft is null)
        {
            await Reply(turn, notices.Notice("Nothing to cancel", "You have no order in progress here. Type **order** to start one."), cancellationToken);
            return;
        }

        draft.State = DraftState.Cancelled;
        var card = await drafts.TrySaveAsync(draft)
            ? notices.DraftCancelled()
            : notices.Notice("Nothing to cancel", "That order form changed in the meantime; type **order** to see where it stands.");
        await Reply(turn, card, cancellationToken);
    }

    private static Task Reply(TurnContext turn, System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken) =>
        turn.ReplyAsync(OutboundActivity.FromCard(card), cancellationToken);
}
