using System.Text.Json.Nodes;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Rules;

namespace RegistryBot.Ordering.Steps;

public sealed class StorageStep(OrderCatalog catalog) : IOrderStep
{
    public string Id => StepIds.Storage;

    public string Title => "Storage";

    public bool IsComplete(OrderDraft draft) => draft.StorageGb is not null;

    public ValueTask<JsonObject> CardDataAsync(OrderDraft draft, StepInputs? typed, CancellationToken cancellationToken)
    {
        var range = catalog.Storage;
        var data = new JsonObject
        {
            ["min"] = range.MinGb,
            ["max"] = range.MaxGb,
            ["hint"] = range.StepGb == 1
                ? $"Whole GB from {range.MinGb} to {range.MaxGb}. You can add storage later."
                : $"From {range.MinGb} to {range.MaxGb} GB in steps of {range.StepGb} GB. You can add storage later.",
        };

        // A number that failed validation goes back as typed (if it is a number at all), so the user can correct it.
        var typedText = typed?.Text(InputIds.StorageGb);
        if (typedText is not null)
        {
            if (decimal.TryParse(typedText, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var typedNumber))
            {
                data["value"] = typedNumber;
            }
        }
        else
        {
            data["value"] = draft.StorageGb ?? range.MinGb;
        }

        return ValueTask.FromResult(data);
    }

    public ValueTask<StepOutcome> ApplyAsync(OrderDraft draft, StepInputs inputs, CancellationToken cancellationToken)
    {
        var storage = StorageRule.Check(inputs.Text(InputIds.StorageGb), catalog.Storage);
        if (!storage.IsValid)
        {
            return ValueTask.FromResult(StepOutcome.Fail(storage.Error!));
        }

        draft.StorageGb = storage.Value;
        return ValueTask.FromResult(StepOutcome.Success);
    }

    public ValueTask<string?> DescribeAsync(OrderDraft draft, CancellationToken cancellationToken) =>
        ValueTask.FromResult<string?>(draft.StorageGb is { } gigabytes ? $"{gigabytes} GB" : null);
}
