using System.Text.Json.Nodes;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.TrustedSources;

namespace RegistryBot.Ordering.Steps;

/// <summary>
/// The addresses allowed to reach the registry's public endpoint. The provider blocks all access
/// until these are set, and recommends a single address.
/// </summary>
public sealed class TrustedSourcesStep(OrderCatalog catalog) : IOrderStep
{
    /// <summary>The card's input limit; a longer (tampered) text is not echoed back whole.</summary>
    public const int MaxEchoedLength = 8192;

    private const int MaxListedErrors = 10;

    public string Id => StepIds.TrustedSources;

    public string Title => "Trusted sources";

    public bool IsComplete(OrderDraft draft) => draft.TrustedSources.Count > 0;

    public ValueTask<JsonObject> CardDataAsync(OrderDraft draft, StepInputs? typed, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new JsonObject
        {
            ["value"] = Echo(typed?.Text(InputIds.TrustedSources)) ?? string.Join('\n', draft.TrustedSources),
            ["maxEntries"] = catalog.MaxTrustedSources,
        });

    public ValueTask<StepOutcome> ApplyAsync(OrderDraft draft, StepInputs inputs, CancellationToken cancellationToken)
    {
        var parsed = TrustedSourceList.Parse(inputs.Text(InputIds.TrustedSources), Policy);
        if (!parsed.IsValid)
        {
            return ValueTask.FromResult(new StepOutcome(parsed.Errors.Count > 0 ? FirstErrors(parsed.Errors) : ["Enter at least one address or range."]));
        }

        draft.TrustedSources = parsed.Sources.Select(source => source.Cidr).ToList();
        draft.TrustedSourceWarnings = [.. parsed.Notes, .. parsed.Warnings];
        return ValueTask.FromResult(StepOutcome.Success);
    }

    public ValueTask<string?> DescribeAsync(OrderDraft draft, CancellationToken cancellationToken) =>
        ValueTask.FromResult<string?>(string.Join(", ", draft.TrustedSources));

    // One paste of a thousand bad lines must not grow the card past Teams' message size limit.
    private static IReadOnlyList<string> FirstErrors(IReadOnlyList<string> errors) =>
        errors.Count <= MaxListedErrors
            ? errors
            : [.. errors.Take(MaxListedErrors), $"{errors.Count - MaxListedErrors} more entries were refused; correct the ones above first."];

    private static string? Echo(string? typed) => typed is { Length: > MaxEchoedLength } ? typed[..MaxEchoedLength] : typed;

    private TrustedSourcePolicy Policy => new() { MaxEntries = catalog.MaxTrustedSources };
}
