using System.Text.Json.Nodes;
using RegistryBot.Cards;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Steps;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Waterfall;

/// <summary>Binds a step's template: what every step card shares (ids, progress, errors, back) plus the step's own data.</summary>
public sealed class StepCardRenderer(CardTemplates templates, OrderWaterfall waterfall, SummaryCardData summary)
{
    public async Task<JsonObject> RenderAsync(OrderDraft draft, StepInputs? typed, IReadOnlyList<string> errors, CancellationToken cancellationToken) =>
        templates.Bind(draft.CurrentStep, await DataAsync(draft, typed, errors, cancellationToken));

    /// <summary>The step's card as an invoke answer, written straight into the answer's JSON (a card action's hot path).</summary>
    public async Task<InvokeResponse> AnswerAsync(OrderDraft draft, StepInputs? typed, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var stepId = draft.CurrentStep;
        var data = await DataAsync(draft, typed, errors, cancellationToken);
        return InvokeResponse.CardWrittenBy(writer => templates.Write(stepId, writer, data));
    }

    private async Task<JsonObject> DataAsync(OrderDraft draft, StepInputs? typed, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var stepId = draft.CurrentStep;
        var data = stepId == StepIds.Summary
            ? await summary.BuildAsync(draft, typed, cancellationToken)
            : await waterfall.Find(stepId)!.CardDataAsync(draft, typed, cancellationToken);

        data["draftId"] = draft.Id;
        data["step"] = stepId;
        data["title"] = stepId == StepIds.Summary ? "Summary" : waterfall.Find(stepId)!.Title;
        data["progress"] = waterfall.Progress(draft, stepId).ToString();
        data["hasBack"] = waterfall.Previous(draft, stepId) is not null;
        data["errorText"] = string.Join("\n\n", errors);
        return data;
    }
}
