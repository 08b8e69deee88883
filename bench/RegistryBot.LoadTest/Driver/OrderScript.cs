using RegistryBot.LoadTest.Connector;

namespace RegistryBot.LoadTest.Driver;

/// <summary>
/// One complete order through the conversation contract, for one user: the <c>order</c> message,
/// <c>order.next</c> with valid inputs at every step, then <c>order.place</c> with the terms accepted.
/// </summary>
public sealed class OrderScript
{
    public static readonly byte[] FirstStepMarker = JsonMarkers.StepMarker("service");
    private static readonly byte[] SummaryMarker = JsonMarkers.Utf8("\"verb\":\"order.place\"");
    private static readonly byte[] StatusCardMarker = JsonMarkers.Utf8("ORD-");

    private OrderScript(ActivityTemplate orderMessage, ActivityTemplate cancelMessage, IReadOnlyList<OrderStep> steps)
    {
        OrderMessage = orderMessage;
        CancelMessage = cancelMessage;
        Steps = steps;
    }

    public ActivityTemplate OrderMessage { get; }

    public ActivityTemplate CancelMessage { get; }

    /// <summary>The invokes after the first card, in order; the last one places the order.</summary>
    public IReadOnlyList<OrderStep> Steps { get; }

    /// <summary>Turns per complete order: the message and every invoke.</summary>
    public int Turns => 1 + Steps.Count;

    public static OrderScript For(TeamsActivities activities, UserIdentity user)
    {
        (string Step, string Input, string Value, byte[] Next)[] choices =
        [
            ("service", "serviceType", "harbor", JsonMarkers.StepMarker("nodeSize")),
            ("nodeSize", "nodeSize", "small", JsonMarkers.StepMarker("storage")),
            ("storage", "storageGb", "100", JsonMarkers.StepMarker("trustedSources")),
            ("trustedSources", "trustedSources", user.TrustedSource, JsonMarkers.StepMarker("region")),
            ("region", "region", "de-west-1", JsonMarkers.StepMarker("billing")),
            ("billing", "billingProfile", "BP-1001", SummaryMarker),
        ];

        var steps = choices
            .Select(choice => new OrderStep(
                choice.Step,
                TurnKind.OrderNext,
                ActivityTemplate.From(activities.Execute("order.next", choice.Step, new Dictionary<string, string> { [choice.Input] = choice.Value })),
                choice.Next))
            .Append(new OrderStep(
                "place",
                TurnKind.OrderPlace,
                ActivityTemplate.From(activities.Execute("order.place", "summary", new Dictionary<string, string> { ["acceptTerms"] = "true" })),
                StatusCardMarker))
            .ToList();

        return new OrderScript(ActivityTemplate.From(activities.Message("order")), ActivityTemplate.From(activities.Message("cancel")), steps);
    }
}
