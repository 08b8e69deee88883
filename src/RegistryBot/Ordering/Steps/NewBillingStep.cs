using System.Text.Json.Nodes;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Rules;

namespace RegistryBot.Ordering.Steps;

/// <summary>Company, invoice e-mail and address; asked only when the billing step chose <c>new</c>.</summary>
public sealed class NewBillingStep : IOrderStep
{
    public string Id => StepIds.NewBilling;

    public string Title => "New billing profile";

    public bool AppliesTo(OrderDraft draft) => draft.WantsNewBillingProfile;

    public bool IsComplete(OrderDraft draft) => draft.NewBilling is not null;

    public ValueTask<JsonObject> CardDataAsync(OrderDraft draft, StepInputs? typed, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new JsonObject
        {
            ["company"] = typed?.Text(InputIds.BillingCompany) ?? draft.NewBilling?.Company,
            ["email"] = typed?.Text(InputIds.BillingEmail) ?? draft.NewBilling?.Email,
            ["address"] = typed?.Text(InputIds.BillingAddress) ?? draft.NewBilling?.Address,
        });

    public ValueTask<StepOutcome> ApplyAsync(OrderDraft draft, StepInputs inputs, CancellationToken cancellationToken)
    {
        var company = RequiredTextRule.Check(inputs.Text(InputIds.BillingCompany), "company name", 200);
        var email = EmailRule.Check(inputs.Text(InputIds.BillingEmail));
        var address = RequiredTextRule.Check(inputs.Text(InputIds.BillingAddress), "billing address", 500);

        var errors = new[] { company.Error, email.Error, address.Error }.OfType<string>().ToArray();
        if (errors.Length > 0)
        {
            return ValueTask.FromResult(StepOutcome.Fail(errors));
        }

        draft.NewBilling = new NewBillingProfile { Company = company.Value!, Email = email.Value!, Address = address.Value! };
        return ValueTask.FromResult(StepOutcome.Success);
    }

    public ValueTask<string?> DescribeAsync(OrderDraft draft, CancellationToken cancellationToken) =>
        ValueTask.FromResult(draft.NewBilling is { } billing ? $"{billing.Company}, {billing.Email}, {billing.Address}" : null);
}
