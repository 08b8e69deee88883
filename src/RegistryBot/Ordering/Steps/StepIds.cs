namespace RegistryBot.Ordering.Steps;

/// <summary>The step names of the conversation contract; they travel in card data as <c>step</c>.</summary>
public static class StepIds
{
    public const string Service = "service";
    public const string NodeSize = "nodeSize";
    public const string Storage = "storage";
    public const string TrustedSources = "trustedSources";
    public const string Region = "region";
    public const string Billing = "billing";
    public const string NewBilling = "newBilling";
    public const string Summary = "summary";
}
