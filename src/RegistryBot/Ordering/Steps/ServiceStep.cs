using System.Text.Json.Nodes;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Rules;

namespace RegistryBot.Ordering.Steps;

public sealed class ServiceStep(OrderCatalog catalog) : IOrderStep
{
    public string Id => StepIds.Service;

    public string Title => "Service type";

    public bool IsComplete(OrderDraft draft) => draft.ServiceType is not null;

    public ValueTask<JsonObject> CardDataAsync(OrderDraft draft, StepInputs? typed, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new JsonObject
        {
            ["choices"] = Choices.Of(catalog.ServiceTypes, s => $"{s.Name}: {s.Description}", s => s.Code),
            ["value"] = typed?.Text(InputIds.ServiceType) ?? draft.ServiceType ?? catalog.ServiceTypes[0].Code,
        });

    public ValueTask<StepOutcome> ApplyAsync(OrderDraft draft, StepInputs inputs, CancellationToken cancellationToken)
    {
        var choice = OfferedChoiceRule.Check(inputs.Text(InputIds.ServiceType), catalog.ServiceTypes.Select(s => s.Code), "service type");
        if (!choice.IsValid)
        {
            return ValueTask.FromResult(StepOutcome.From(choice));
        }

        draft.ServiceType = choice.Value;
        return ValueTask.FromResult(StepOutcome.Success);
    }

    public ValueTask<string?> DescribeAsync(OrderDraft draft, CancellationToken cancellationToken) =>
        ValueTask.FromResult(catalog.FindServiceType(draft.ServiceType)?.Name ?? draft.ServiceType);
}
