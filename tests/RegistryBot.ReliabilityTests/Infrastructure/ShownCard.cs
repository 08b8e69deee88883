using System.Text.Json.Nodes;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>A card on screen: the message that shows it (the connector's id) and its content.</summary>
public sealed record ShownCard(string? MessageId, JsonObject Card)
{
    public string? Step => CardReader.StepOf(Card);

    public string? DraftId => CardReader.DraftIdOf(Card);

    public string? OrderId => CardReader.OrderIdOf(Card);
}
