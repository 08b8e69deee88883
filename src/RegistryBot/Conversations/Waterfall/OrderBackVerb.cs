using System.Text.Json;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Waterfall;

/// <summary><c>order.back</c>: show the previous step, its inputs pre-filled from the draft.</summary>
public sealed class OrderBackVerb(DraftGuard guard, OrderWaterfall waterfall, DraftStore drafts, StepCardRenderer cards) : IVerbHandler
{
    public string Verb => "order.back";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken cancellationToken)
    {
        var caller = Caller.From(turn.Activity);
        var access = await guard.CheckAsync(caller, data, StepData.Of(data) ?? string.Empty, cancellationToken);
        if (access.Draft is not { } draft)
        {
            return access.Answer!;
        }

        if (waterfall.Previous(draft, draft.CurrentStep) is not { } previous)
        {
            return await cards.AnswerAsync(draft, null, [], cancellationToken);
        }

        draft.CurrentStep = previous;
        draft.ReturnToSummary = false;
        // Drawn before the save: a card that cannot be drawn (the portal unreachable for the billing profiles) stores nothing.
        var answer = await cards.AnswerAsync(draft, null, [], cancellationToken);
        return await drafts.TrySaveAsync(draft)
            ? answer
            : await guard.AfterConflictAsync(caller, draft.Id, cancellationToken);
    }
}
