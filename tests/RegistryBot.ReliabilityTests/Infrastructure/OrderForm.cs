using System.Text.Json.Nodes;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>What a user enters on each order card, as the strings a Teams client sends; valid by default.</summary>
public static class OrderForm
{
    public static JsonObject InputsOf(string step) => step switch
    {
        "service" => new JsonObject { ["serviceType"] = "harbor" },
        "nodeSize" => new JsonObject { ["nodeSize"] = "medium" },
        "storage" => new JsonObject { ["storageGb"] = "120" },
        "trustedSources" => new JsonObject { ["trustedSources"] = "93.184.216.34" },
        "region" => new JsonObject { ["region"] = "de-west-1" },
        "billing" => new JsonObject { ["billingProfile"] = "BP-1001" },
        "newBilling" => new JsonObject { ["billingCompany"] = "Contoso GmbH", ["billingEmail"] = "invoices@contoso.example", ["billingAddress"] = "Hauptstraße 1, Köln" },
        "summary" => new JsonObject { ["acceptTerms"] = "true" },
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not an order step."),
    };
}
