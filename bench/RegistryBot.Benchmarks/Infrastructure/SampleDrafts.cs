using RegistryBot.Ordering.Drafts;

namespace RegistryBot.Benchmarks.Infrastructure;

public static class SampleDrafts
{
    /// <summary>A draft with every answer given, at <paramref name="step"/>; <c>newBilling</c> asks for a new billing profile.</summary>
    public static OrderDraft Complete(string id, string step, string? userId = null) => new()
    {
        Id = id,
        OwnerKey = OrderDraft.OwnerKeyOf("a:bench", userId ?? "bench-user"),
        ConversationId = "a:bench",
        TenantId = "bench-tenant",
        UserId = userId ?? "bench-user",
        UserName = "Bench User",
        CurrentStep = step,
        ServiceType = "harbor",
        NodeSize = "small",
        StorageGb = 100,
        TrustedSources = ["1.2.3.4/32", "5.6.7.0/24"],
        TrustedSourceWarnings = [],
        Region = "de-west-1",
        BillingProfileId = step == "newBilling" ? OrderDraft.NewBillingProfileId : "BP-1001",
        NewBilling = step == "newBilling" ? new NewBillingProfile { Company = "Example GmbH", Email = "billing@example.com", Address = "Hauptstr. 1, Köln" } : null,
        CreatedAt = DateTime.UtcNow,
        UpdatedAt = DateTime.UtcNow,
    };
}
