using System.Text.Json;
using RegistryBot.Cards;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Waterfall;

/// <summary><c>order.cancel</c>: discard the draft, from whichever step.</summary>
public sealed class OrderCancelVerb(DraftGuard guard, DraftStore drafts, NoticeCards notices) : IVerbHandler
{
    public string Verb => "order.cancel";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken cancellationToken)
    {
        var caller = Caller.From(turn.Activity);
        var access = await guard.CheckAsync(caller, data, expectedStep: null, cancellationToken);
        if (access.Draft is not { } draft)
        {
            return access.Answer!;
        }

        draft.State = DraftState.Cancelled;
        return await drafts.TrySaveAsync(draft)
            ? InvokeResponse.Card(notices.DraftCancelled())
            : await guard.AfterConflictAsync(caller, draft.Id, cancellationToken);
    }
}
