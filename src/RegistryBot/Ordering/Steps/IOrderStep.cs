using System.Text.Json.Nodes;
using RegistryBot.Ordering.Drafts;

namespace RegistryBot.Ordering.Steps;

/// <summary>
/// One step of the ordering process, addressed by a stable id (never by position, so a release
/// that adds a step leaves live drafts valid). Its card template is <c>cards/{Id}.json</c>.
/// </summary>
public interface IOrderStep
{
    string Id { get; }

    /// <summary>The label of this step's choice on the summary.</summary>
    string Title { get; }

    bool AppliesTo(OrderDraft draft) => true;

    bool IsComplete(OrderDraft draft);

    /// <summary>The step-specific card data: choices, and values pre-filled from the inputs (after an error) or the draft.</summary>
    ValueTask<JsonObject> CardDataAsync(OrderDraft draft, StepInputs? typed, CancellationToken cancellationToken);

    /// <summary>Validates the inputs against the catalog (never trusting the card) and writes them onto the draft only if all pass.</summary>
    ValueTask<StepOutcome> ApplyAsync(OrderDraft draft, StepInputs inputs, CancellationToken cancellationToken);

    /// <summary>The choice as the summary shows it; null for steps that are not a choice.</summary>
    ValueTask<string?> DescribeAsync(OrderDraft draft, CancellationToken cancellationToken);
}
