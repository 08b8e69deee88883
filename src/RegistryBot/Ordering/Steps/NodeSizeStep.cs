using System.Text.Json.Nodes;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Rules;

namespace RegistryBot.Ordering.Steps;

public sealed class NodeSizeStep(OrderCatalog catalog) : IOrderStep
{
    public string Id => StepIds.NodeSize;

    public string Title => "Node size";

    public bool IsComplete(OrderDraft draft) => draft.NodeSize is not null;

    public ValueTask<JsonObject> CardDataAsync(OrderDraft draft, StepInputs? typed, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new JsonObject
        {
            ["choices"] = Choices.Of(catalog.NodeSizes, ChoiceTitle, size => size.Code),
            ["value"] = typed?.Text(InputIds.NodeSize) ?? draft.NodeSize ?? catalog.RecommendedNodeSize.Code,
            ["recommended"] = catalog.RecommendedNodeSize.Name,
        });

    public ValueTask<StepOutcome> ApplyAsync(OrderDraft draft, StepInputs inputs, CancellationToken cancellationToken)
    {
        var choice = OfferedChoiceRule.Check(inputs.Text(InputIds.NodeSize), catalog.NodeSizes.Select(s => s.Code), "node size");
        if (!choice.IsValid)
        {
            return ValueTask.FromResult(StepOutcome.From(choice));
        }

        draft.NodeSize = choice.Value;
        return ValueTask.FromResult(StepOutcome.Success);
    }

    public ValueTask<string?> DescribeAsync(OrderDraft draft, CancellationToken cancellationToken) =>
        ValueTask.FromResult(catalog.FindNodeSize(draft.NodeSize) is { } size ? Describe(size) : draft.NodeSize);

    private string ChoiceTitle(NodeSizeOption size)
    {
        var title = Describe(size);
        if (catalog.ShowsPrices)
        {
            title += $", {catalog.FormatPrice(size.MonthlyPrice!.Value)} per month";
        }

        return size.Code == catalog.RecommendedNodeSize.Code ? title + " (recommended to start)" : title;
    }

    private static string Describe(NodeSizeOption size) => $"{size.Name}: {size.VCpu} vCPU, {size.RamGb} GB RAM";
}
