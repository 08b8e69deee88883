namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>What a user enters on the order cards, as the strings a Teams client sends; valid by default.</summary>
public sealed record OrderForm
{
    public string ServiceType { get; init; } = "harbor";

    public string NodeSize { get; init; } = "medium";

    public string StorageGb { get; init; } = "120";

    public string TrustedSources { get; init; } = "93.184.216.34";

    public string Region { get; init; } = "de-west-1";

    public string BillingProfile { get; init; } = "BP-1001";

    public string BillingCompany { get; init; } = "Contoso GmbH";

    public string BillingEmail { get; init; } = "invoices@contoso.example";

    public string BillingAddress { get; init; } = "Hauptstraße 1, 50667 Köln";

    /// <summary>The inputs of one step's card.</summary>
    public Dictionary<string, string> InputsOf(string step) => step switch
    {
        "service" => new() { ["serviceType"] = ServiceType },
        "nodeSize" => new() { ["nodeSize"] = NodeSize },
        "storage" => new() { ["storageGb"] = StorageGb },
        "trustedSources" => new() { ["trustedSources"] = TrustedSources },
        "region" => new() { ["region"] = Region },
        "billing" => new() { ["billingProfile"] = BillingProfile },
        "newBilling" => new() { ["billingCompany"] = BillingCompany, ["billingEmail"] = BillingEmail, ["billingAddress"] = BillingAddress },
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not an order step with inputs."),
    };
}
