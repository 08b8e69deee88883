using System.Text.Json.Nodes;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Rules;

namespace RegistryBot.Ordering.Steps;

public sealed class RegionStep(OrderCatalog catalog) : IOrderStep
{
    public string Id => StepIds.Region;

    public string Title => "Region";

    public bool IsComplete(OrderDraft draft) => draft.Region is not null;

    public ValueTask<JsonObject> CardDataAsync(OrderDraft draft, StepInputs? typed, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new JsonObject
        {
            ["choices"] = Choices.Of(catalog.Regions, region => region.Name, region => region.Code),
            ["value"] = typed?.Text(InputIds.Region) ?? draft.Region,
        });

    public ValueTask<StepOutcome> ApplyAsync(OrderDraft draft, StepInputs inputs, CancellationToken cancellationToken)
    {
        var choice = OfferedChoiceRule.Check(inputs.Text(InputIds.Region), catalog.Regions.Select(r => r.Code), "region");
        if (!choice.IsValid)
        {
            return ValueTask.FromResult(StepOutcome.From(choice));
        }

        draft.Region = choice.Value;
        return ValueTask.FromResult(StepOutcome.Success);
    }

    public ValueTask<string?> DescribeAsync(OrderDraft draft, CancellationToken cancellationToken) =>
        ValueTask.FromResult(catalog.FindRegion(draft.Region)?.Name ?? draft.Region);
}
