using System.Text.Json;
using RegistryBot.Cards;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Waterfall;

/// <summary><c>order.cancel</c>: discard the draft, from whichever step its current card shows.</summary>
public sealed class OrderCancelVerb(DraftGuard guard, DraftStore drafts, NoticeCards notices) : IVerbHandler
{
    public string Verb => "order.cancel";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken cancellationToken)
    {
        var caller = Caller.From(turn.Activity);
        // A card that names its step must be the current one, as for every other verb; one without a step cancels from anywhere.
        var access = await guard.CheckAsync(caller, data, expectedStep: StepData.Of(data), cancellationToken);
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
