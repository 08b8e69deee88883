namespace RegistryBot.Ordering.Tickets;

/// <summary>A support ticket raised about an order from the chat; its id is the request id of the card that raised it.</summary>
public sealed class OrderTicket
{
    public required string Id { get; set; }

    public required string OrderId { get; set; }

    public required string Reference { get; set; }

    public required string Url { get; set; }

    public required string RequestedBy { get; set; }

    public required string Description { get; set; }

    public DateTime CreatedAt { get; set; }
}
