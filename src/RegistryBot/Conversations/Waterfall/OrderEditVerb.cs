using System.Text.Json;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Steps;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Waterfall;

/// <summary><c>order.edit</c>: from the summary, show the chosen step pre-filled; its Next then returns to the summary.</summary>
public sealed class OrderEditVerb(DraftGuard guard, OrderWaterfall waterfall, DraftStore drafts, StepCardRenderer cards) : IVerbHandler
{
    public string Verb => "order.edit";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken cancellationToken)
    {
        var caller = Caller.From(turn.Activity);
        var access = await guard.CheckAsync(caller, data, StepIds.Summary, cancellationToken);
        if (access.Draft is not { } draft)
        {
            return access.Answer!;
        }

        var target = waterfall.Find(StepData.Of(data));
        if (target is null || !target.AppliesTo(draft))
        {
            return await cards.AnswerAsync(draft, null, ["That choice cannot be edited."], cancellationToken);
        }

        draft.CurrentStep = target.Id;
        draft.ReturnToSummary = true;
        // Drawn before the save: a card that cannot be drawn (the portal unreachable for the billing profiles) stores nothing.
        var answer = await cards.AnswerAsync(draft, null, [], cancellationToken);
        return await drafts.TrySaveAsync(draft)
            ? answer
            : await guard.AfterConflictAsync(caller, draft.Id, cancellationToken);
    }
}
