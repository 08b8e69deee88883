using System.Text.Json;
using RegistryBot.Audit;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Steps;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Waterfall;

/// <summary><c>order.next</c>: validate this step's inputs; on success store them and show the next step.</summary>
public sealed class OrderNextVerb(DraftGuard guard, OrderWaterfall waterfall, DraftStore drafts, StepCardRenderer cards, AuditLog audit) : IVerbHandler
{
    public string Verb => "order.next";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken cancellationToken)
    {
        var caller = Caller.From(turn.Activity);
        var step = waterfall.Find(StepData.Of(data));
        var access = await guard.CheckAsync(caller, data, step?.Id ?? StepData.Of(data) ?? string.Empty, cancellationToken);
        if (access.Draft is not { } draft)
        {
            return access.Answer!;
        }

        if (step is null)
        {
            // The summary has no inputs to store: "Order now" is order.place.
            return await cards.AnswerAsync(draft, null, [], cancellationToken);
        }

        var inputs = new StepInputs(data);
        var outcome = await step.ApplyAsync(draft, inputs, cancellationToken);
        if (!outcome.Succeeded)
        {
            if (outcome.Tampered)
            {
                audit.Record(AuditKinds.TamperedSubmit, caller, draft.Id, $"step {step.Id}: a value the card did not offer");
            }

            return await cards.AnswerAsync(draft, inputs, outcome.Errors, cancellationToken);
        }

        draft.CurrentStep = waterfall.Next(draft, step.Id);
        if (draft.CurrentStep == StepIds.Summary)
        {
            draft.ReturnToSummary = false;
        }

        // Drawn before the save: a card that cannot be drawn (the portal unreachable for the billing profiles) stores nothing.
        var answer = await cards.AnswerAsync(draft, null, [], cancellationToken);
        return await drafts.TrySaveAsync(draft)
            ? answer
            : await guard.AfterConflictAsync(caller, draft.Id, cancellationToken);
    }
}
