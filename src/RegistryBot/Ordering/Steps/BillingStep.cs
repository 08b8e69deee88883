using System.Text.Json.Nodes;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Rules;
using RegistryBot.Portal;

namespace RegistryBot.Ordering.Steps;

/// <summary>An existing billing profile from the portal, or <c>new</c> for a first order.</summary>
public sealed class BillingStep(IRegistryPortal portal) : IOrderStep
{
    private const string NewProfileTitle = "New billing profile (I am not invoiced by you yet)";

    public string Id => StepIds.Billing;

    public string Title => "Billing profile";

    public bool IsComplete(OrderDraft draft) => draft.BillingProfileId is not null;

    public async ValueTask<JsonObject> CardDataAsync(OrderDraft draft, StepInputs? typed, CancellationToken cancellationToken)
    {
        var profiles = await portal.ListBillingProfilesAsync(draft.TenantId, cancellationToken);
        var choices = Choices.Of(profiles, profile => $"{profile.Name} ({profile.Id})", profile => profile.Id);
        JsonNode newProfile = new JsonObject { ["title"] = NewProfileTitle, ["value"] = OrderDraft.NewBillingProfileId };
        choices.Add(newProfile);
        return new JsonObject
        {
            ["choices"] = choices,
            ["value"] = typed?.Text(InputIds.BillingProfile) ?? draft.BillingProfileId ?? profiles.FirstOrDefault()?.Id ?? OrderDraft.NewBillingProfileId,
        };
    }

    public async ValueTask<StepOutcome> ApplyAsync(OrderDraft draft, StepInputs inputs, CancellationToken cancellationToken)
    {
        var profiles = await portal.ListBillingProfilesAsync(draft.TenantId, cancellationToken);
        var offered = profiles.Select(profile => profile.Id).Append(OrderDraft.NewBillingProfileId);
        var choice = OfferedChoiceRule.Check(inputs.Text(InputIds.BillingProfile), offered, "billing profile");
        if (!choice.IsValid)
        {
            return StepOutcome.From(choice);
        }

        draft.BillingProfileId = choice.Value;
        return StepOutcome.Success;
    }

    public async ValueTask<string?> DescribeAsync(OrderDraft draft, CancellationToken cancellationToken)
    {
        if (draft.WantsNewBillingProfile)
        {
            return "New billing profile";
        }

        var profiles = await portal.ListBillingProfilesAsync(draft.TenantId, cancellationToken);
        return profiles.FirstOrDefault(profile => profile.Id == draft.BillingProfileId) is { } chosen
            ? $"{chosen.Name} ({chosen.Id})"
            : draft.BillingProfileId;
    }
}
