using RegistryBot.Conversations.Waterfall;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Steps;

namespace RegistryBot.Tests.Cards.Samples;

/// <summary>Every order step card, bound by the real renderer: on arrival, when edited, refused by validation, and with bulky data.</summary>
internal sealed class StepCardSamples(DraftFlow flow, StepCardRenderer renderer, OrderChoicesCheck choicesCheck)
{
    private static readonly string[] Steps =
    [
        StepIds.Service, StepIds.NodeSize, StepIds.Storage, StepIds.TrustedSources,
        StepIds.Region, StepIds.Billing, StepIds.NewBilling, StepIds.Summary,
    ];

    private static readonly SampleAnswers ExistingCustomer = new();

    private static readonly SampleAnswers NewCustomer = new() { BillingProfile = OrderDraft.NewBillingProfileId };

    public async Task<IReadOnlyList<BoundCard>> BuildAsync()
    {
        var cards = new List<BoundCard>();
        foreach (var stepId in Steps)
        {
            var answers = stepId == StepIds.NewBilling ? NewCustomer : ExistingCustomer;
            cards.Add(await RenderAsync($"{stepId}-arrived", await flow.AtAsync(stepId, answers)));
            if (stepId != StepIds.Summary)
            {
                cards.Add(await RenderAsync($"{stepId}-edited", await flow.EditingAsync(stepId, answers)));
            }
        }

        cards.AddRange(await RefusedStepsAsync());
        cards.AddRange(await TrustedSourcesAsync());
        cards.AddRange(await SummariesAsync());
        return cards;
    }

    private async Task<IEnumerable<BoundCard>> RefusedStepsAsync() =>
    [
        await RefusedAsync("service-refused", StepIds.Service, ExistingCustomer, (InputIds.ServiceType, "container-registry-premium")),
        await RefusedAsync("nodeSize-refused", StepIds.NodeSize, ExistingCustomer, (InputIds.NodeSize, "xxl")),
        await RefusedAsync("storage-refused-not-a-number", StepIds.Storage, ExistingCustomer, (InputIds.StorageGb, "lots")),
        await RefusedAsync("storage-refused-below-minimum", StepIds.Storage, ExistingCustomer, (InputIds.StorageGb, "20")),
        await RefusedAsync("storage-refused-fraction", StepIds.Storage, ExistingCustomer, (InputIds.StorageGb, "75.5")),
        await RefusedAsync("trustedSources-refused", StepIds.TrustedSources, ExistingCustomer, (InputIds.TrustedSources, "10.0.0.1, 300.1.2.3, registry.contoso.example")),
        await RefusedAsync("region-refused", StepIds.Region, ExistingCustomer, (InputIds.Region, "")),
        await RefusedAsync("billing-refused", StepIds.Billing, ExistingCustomer, (InputIds.BillingProfile, "BP-9999")),
        await RefusedAsync(
            "newBilling-refused",
            StepIds.NewBilling,
            NewCustomer,
            (InputIds.BillingCompany, ""),
            (InputIds.BillingEmail, "invoices at contoso"),
            (InputIds.BillingAddress, "   ")),
        await RefusedAsync(
            "newBilling-refused-too-long",
            StepIds.NewBilling,
            NewCustomer,
            (InputIds.BillingCompany, SampleText.CompanyOfLength(201)),
            (InputIds.BillingEmail, "invoices@contoso.example"),
            (InputIds.BillingAddress, SampleText.AddressOfLength(501))),
    ];

    private async Task<IEnumerable<BoundCard>> TrustedSourcesAsync() =>
    [
        await RenderAsync("trustedSources-twenty-entries", await flow.EditingAsync(StepIds.TrustedSources, ExistingCustomer with { TrustedSources = SampleText.PublicSources(20) })),
        await RefusedAsync("trustedSources-refused-too-many", StepIds.TrustedSources, ExistingCustomer, (InputIds.TrustedSources, SampleText.PublicSources(21))),
        await RefusedAsync("trustedSources-refused-many-errors", StepIds.TrustedSources, ExistingCustomer, (InputIds.TrustedSources, SampleText.RefusedSources(60))),
        await RefusedAsync("trustedSources-refused-longest-input", StepIds.TrustedSources, ExistingCustomer, (InputIds.TrustedSources, SampleText.RefusedSourcesOfLength(65536))),
    ];

    private async Task<IEnumerable<BoundCard>> SummariesAsync()
    {
        var longNames = NewCustomer with { BillingCompany = SampleText.CompanyOfLength(200), BillingAddress = SampleText.AddressOfLength(500) };
        var withWarnings = ExistingCustomer with { TrustedSources = "20.30.0.0/16\n52.10.20.33/28\n81.2.69.160\n81.2.69.160\n2a00:1450::/32" };
        return
        [
            await RenderAsync("summary-new-billing", await flow.CompletedAsync(NewCustomer)),
            await RenderAsync("summary-long-names", await flow.CompletedAsync(longNames)),
            await RenderAsync("summary-warnings", await WithWarningsAsync(withWarnings)),
            await RenderAsync("summary-twenty-sources", await flow.CompletedAsync(ExistingCustomer with { TrustedSources = SampleText.PublicSources(20) })),
            await RenderAsync(
                "summary-terms-not-accepted",
                await flow.CompletedAsync(ExistingCustomer),
                SampleAnswers.Inputs((InputIds.AcceptTerms, "false")),
                ["To place the order, read and accept the terms and agreements."]),
            await NoLongerOfferedAsync(),
        ];
    }

    private async Task<OrderDraft> WithWarningsAsync(SampleAnswers answers)
    {
        var draft = await flow.CompletedAsync(answers);
        return draft.TrustedSourceWarnings.Count > 0
            ? draft
            : throw new InvalidOperationException("The sample trusted sources were meant to raise warnings.");
    }

    /// <summary>The summary after Order now, when the catalog and billing profiles changed while the draft waited.</summary>
    private async Task<BoundCard> NoLongerOfferedAsync()
    {
        var draft = await flow.CompletedAsync(ExistingCustomer);
        draft.Region = "de-south-9";
        draft.BillingProfileId = "BP-1003";
        var (_, errors) = await choicesCheck.CheckAsync(draft, CancellationToken.None);
        if (errors.Count == 0)
        {
            throw new InvalidOperationException("The final check was meant to refuse a region and a billing profile no longer offered.");
        }

        return await RenderAsync("summary-no-longer-offered", draft, SampleAnswers.Inputs((InputIds.AcceptTerms, "true")), errors);
    }

    private async Task<BoundCard> RefusedAsync(string name, string stepId, SampleAnswers answers, params (string InputId, string Value)[] typed)
    {
        var draft = await flow.AtAsync(stepId, answers);
        var inputs = SampleAnswers.Inputs(typed);
        return await RenderAsync(name, draft, inputs, await flow.RefusalOfAsync(draft, inputs));
    }

    private async Task<BoundCard> RenderAsync(string name, OrderDraft draft, StepInputs? typed = null, IReadOnlyList<string>? errors = null) =>
        new(name, draft.CurrentStep, await renderer.RenderAsync(draft, typed, errors ?? [], CancellationToken.None));
}
