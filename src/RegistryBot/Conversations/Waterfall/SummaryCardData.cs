using System.Text.Json.Nodes;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Steps;

namespace RegistryBot.Conversations.Waterfall;

/// <summary>The summary: every choice with its edit button, the monthly price, warnings, the terms to accept.</summary>
public sealed class SummaryCardData(OrderWaterfall waterfall, OrderCatalog catalog)
{
    public async Task<JsonObject> BuildAsync(OrderDraft draft, StepInputs? typed, CancellationToken cancellationToken)
    {
        var rows = new JsonArray();
        foreach (var step in waterfall.Applicable(draft))
        {
            var value = await step.DescribeAsync(draft, cancellationToken);
            JsonNode row = new JsonObject { ["title"] = step.Title, ["value"] = value ?? "(not chosen yet)", ["step"] = step.Id };
            rows.Add(row);
        }

        return new JsonObject
        {
            ["rows"] = rows,
            ["price"] = MonthlyPrice(draft),
            ["warningText"] = string.Join("\n\n", draft.TrustedSourceWarnings),
            ["termsText"] = string.Join("\n\n", catalog.Terms.Select(terms => $"[{terms.Title}]({terms.Url})")),
            ["accepted"] = typed?.Text(InputIds.AcceptTerms) ?? "false",
        };
    }

    private string? MonthlyPrice(OrderDraft draft)
    {
        if (!catalog.ShowsPrices || catalog.FindNodeSize(draft.NodeSize) is not { MonthlyPrice: { } nodePrice })
        {
            return null;
        }

        var storagePrice = catalog.Storage.MonthlyPricePerGb is { } perGb && draft.StorageGb is { } gigabytes ? perGb * gigabytes : 0m;
        return $"Monthly price: {catalog.FormatPrice(nodePrice + storagePrice)} (excluding VAT)";
    }
}
