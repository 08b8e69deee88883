using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Steps;

namespace RegistryBot.Conversations.Waterfall;

/// <summary>
/// The order of the steps and the moves between them: next, back, edit from the summary, and
/// conditional steps. Steps are declared once, in order, at registration; the summary ends them.
/// </summary>
public sealed class OrderWaterfall(IEnumerable<IOrderStep> steps)
{
    private readonly IReadOnlyList<IOrderStep> _steps = steps.ToList();

    public string FirstStep => _steps[0].Id;

    public IOrderStep? Find(string? stepId) => _steps.FirstOrDefault(step => step.Id == stepId);

    public bool IsStep(string? stepId) => stepId == StepIds.Summary || Find(stepId) is not null;

    public IEnumerable<IOrderStep> Applicable(OrderDraft draft) => _steps.Where(step => step.AppliesTo(draft));

    /// <summary>
    /// After an edit from the summary, the next step is the first one still missing an answer (a
    /// billing profile switched to <c>new</c> asks for its details), otherwise the summary.
    /// </summary>
    public string Next(OrderDraft draft, string fromStep)
    {
        if (draft.ReturnToSummary)
        {
            return FirstIncomplete(draft)?.Id ?? StepIds.Summary;
        }

        var applicable = Applicable(draft).ToList();
        var index = applicable.FindIndex(step => step.Id == fromStep);
        return index >= 0 && index + 1 < applicable.Count ? applicable[index + 1].Id : StepIds.Summary;
    }

    public string? Previous(OrderDraft draft, string fromStep)
    {
        var sequence = Applicable(draft).Select(step => step.Id).Append(StepIds.Summary).ToList();
        var index = sequence.IndexOf(fromStep);
        return index > 0 ? sequence[index - 1] : null;
    }

    public IOrderStep? FirstIncomplete(OrderDraft draft) => Applicable(draft).FirstOrDefault(step => !step.IsComplete(draft));

    public StepProgress Progress(OrderDraft draft, string stepId)
    {
        var sequence = Applicable(draft).Select(step => step.Id).Append(StepIds.Summary).ToList();
        return new StepProgress(sequence.IndexOf(stepId) + 1, sequence.Count);
    }
}
