namespace RegistryBot.Benchmarks.Infrastructure;

/// <summary>The eight turns of one complete order, with valid inputs at every step.</summary>
public static class OrderTurns
{
    public static ActivityBody Order { get; } = ActivityBody.Message("order");

    public static IReadOnlyList<ActivityBody> Invokes { get; } =
    [
        ActivityBody.Invoke("order.next", "service", ("serviceType", "harbor")),
        ActivityBody.Invoke("order.next", "nodeSize", ("nodeSize", "small")),
        ActivityBody.Invoke("order.next", "storage", ("storageGb", "100")),
        ActivityBody.Invoke("order.next", "trustedSources", ("trustedSources", "1.2.3.4")),
        ActivityBody.Invoke("order.next", "region", ("region", "de-west-1")),
        ActivityBody.Invoke("order.next", "billing", ("billingProfile", "BP-1001")),
        ActivityBody.Invoke("order.place", "summary", ("acceptTerms", "true")),
    ];
}
