using System.Text.Json;
using RegistryBot.Ordering.Steps;

namespace RegistryBot.Tests.Cards.Samples;

/// <summary>What a customer types into each step card; the defaults pass every step's validation.</summary>
internal sealed record SampleAnswers
{
    public string ServiceType { get; init; } = "harbor";

    public string NodeSize { get; init; } = "medium";

    public string StorageGb { get; init; } = "250";

    public string TrustedSources { get; init; } = "81.2.69.160\n2a00:1450:4001::/48";

    public string Region { get; init; } = "de-west-1";

    public string BillingProfile { get; init; } = "BP-1001";

    public string BillingCompany { get; init; } = "Contoso Logistics GmbH";

    public string BillingEmail { get; init; } = "invoices@contoso.example";

    public string BillingAddress { get; init; } = "Contoso Logistics GmbH\nAccounts Payable\nHafenstraße 12\n20457 Hamburg\nGermany";

    public StepInputs For(string stepId) => stepId switch
    {
        StepIds.Service => Inputs((InputIds.ServiceType, ServiceType)),
        StepIds.NodeSize => Inputs((InputIds.NodeSize, NodeSize)),
        StepIds.Storage => Inputs((InputIds.StorageGb, StorageGb)),
        StepIds.TrustedSources => Inputs((InputIds.TrustedSources, TrustedSources)),
        StepIds.Region => Inputs((InputIds.Region, Region)),
        StepIds.Billing => Inputs((InputIds.BillingProfile, BillingProfile)),
        StepIds.NewBilling => Inputs(
            (InputIds.BillingCompany, BillingCompany), (InputIds.BillingEmail, BillingEmail), (InputIds.BillingAddress, BillingAddress)),
        _ => throw new ArgumentOutOfRangeException(nameof(stepId), stepId, "No sample answer for this step."),
    };

    public static StepInputs Inputs(params (string InputId, string Value)[] values) =>
        new(JsonSerializer.SerializeToElement(values.ToDictionary(value => value.InputId, value => value.Value)));
}
