using System.Text.Json.Nodes;
using RegistryBot.Ordering.Tickets;

namespace RegistryBot.Cards;

public sealed class TicketCards(CardTemplates templates)
{
    /// <summary>The form; <paramref name="requestId"/> identifies this card, so submitting it twice opens one ticket.</summary>
    public JsonObject Form(string orderId, string requestId, string? description = null, IReadOnlyList<string>? errors = null) =>
        templates.Bind("ticket", new JsonObject
        {
            ["orderId"] = orderId,
            ["requestId"] = requestId,
            ["description"] = description,
            ["errorText"] = string.Join("\n\n", errors ?? []),
        });

    public JsonObject Created(OrderTicket ticket) => templates.Bind("ticketCreated", new JsonObject
    {
        ["orderId"] = ticket.OrderId,
        ["reference"] = ticket.Reference,
        ["url"] = ticket.Url,
    });
}
