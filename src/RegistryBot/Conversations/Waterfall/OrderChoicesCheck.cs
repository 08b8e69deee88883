using RegistryBot.Ordering.Catalog;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using RegistryBot.Ordering.Rules;
using RegistryBot.Portal;

namespace RegistryBot.Conversations.Waterfall;

/// <summary>
/// The last check before placing: every applicable step answered, and every answer still on offer
/// (the catalog or the billing profiles may have changed while the draft waited).
/// </summary>
public sealed class OrderChoicesCheck(OrderWaterfall waterfall, OrderCatalog catalog, IRegistryPortal portal)
{
    public async Task<(OrderChoices? Choices, IReadOnlyList<string> Errors)> CheckAsync(OrderDraft draft, CancellationToken cancellationToken)
    {
        var errors = waterfall.Applicable(draft)
            .Where(step => !step.IsComplete(draft))
            .Select(step => $"{step.Title} is missing: use Edit to choose it.")
            .ToList();

        if (draft.ServiceType is not null && catalog.FindServiceType(draft.ServiceType) is null)
        {
            errors.Add("The chosen service type is no longer offered: use Edit to choose another.");
        }

        if (draft.NodeSize is not null && catalog.FindNodeSize(draft.NodeSize) is null)
        {
            errors.Add("The chosen node size is no longer offered: use Edit to choose another.");
        }

        if (draft.Region is not null && catalog.FindRegion(draft.Region) is null)
        {
            errors.Add("The chosen region is no longer offered: use Edit to choose another.");
        }

        if (draft.StorageGb is { } storage && StorageRule.Check(storage.ToString(System.Globalization.CultureInfo.InvariantCulture), catalog.Storage).Error is { } storageError)
        {
            errors.Add(storageError);
        }

        string? profileName = null;
        if (draft.BillingProfileId is { } profile && !draft.WantsNewBillingProfile)
        {
            var profiles = await portal.ListBillingProfilesAsync(draft.TenantId, cancellationToken);
            profileName = profiles.FirstOrDefault(p => p.Id == profile)?.Name;
            if (profileName is null)
            {
                errors.Add("The chosen billing profile is no longer available: use Edit to choose another.");
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new OrderChoices
        {
            ServiceType = draft.ServiceType!,
            NodeSize = draft.NodeSize!,
            StorageGb = draft.StorageGb!.Value,
            TrustedSources = [.. draft.TrustedSources],
            Region = draft.Region!,
            BillingProfileId = draft.BillingProfileId!,
            BillingProfileName = profileName,
            NewBilling = draft.WantsNewBillingProfile ? draft.NewBilling : null,
        }, errors);
    }
}
