namespace RegistryBot.Portal.Http.Contracts;

/// <summary>
/// The body of <c>POST /orders</c>. Exactly one of <see cref="BillingProfileId"/> and
/// <see cref="NewBillingProfile"/> is set.
/// </summary>
internal sealed record OrderSubmissionDto(
    string OrderId,
    string TenantId,
    PlacedByDto PlacedBy,
    string ServiceType,
    string NodeSize,
    int StorageGb,
    IReadOnlyList<string> TrustedSources,
    string Region,
    string? BillingProfileId,
    NewBillingProfileDto? NewBillingProfile,
    string AcceptedTermsVersion,
    DateTimeOffset PlacedAt);
