namespace RegistryBot.Ordering.Steps;

/// <summary>The card input ids of the conversation contract.</summary>
public static class InputIds
{
    public const string ServiceType = "serviceType";
    public const string NodeSize = "nodeSize";
    public const string StorageGb = "storageGb";
    public const string TrustedSources = "trustedSources";
    public const string Region = "region";
    public const string BillingProfile = "billingProfile";
    public const string BillingCompany = "billingCompany";
    public const string BillingEmail = "billingEmail";
    public const string BillingAddress = "billingAddress";
    public const string AcceptTerms = "acceptTerms";
    public const string TicketDescription = "ticketDescription";
}
