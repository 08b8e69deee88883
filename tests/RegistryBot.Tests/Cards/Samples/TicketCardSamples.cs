using RegistryBot.Cards;
using RegistryBot.Conversations.Tickets;
using RegistryBot.Ordering.Orders;
using RegistryBot.Ordering.Rules;
using RegistryBot.Ordering.Tickets;
using RegistryBot.Portal;

namespace RegistryBot.Tests.Cards.Samples;

/// <summary>The support ticket form (fresh, refused, portal down) and the card of an opened ticket.</summary>
internal sealed class TicketCardSamples(DraftFlow flow, SampleOrders orders, TicketCards tickets, IRegistryPortal portal)
{
    private const int MaxDescriptionLength = 4000;

    private const string Description =
        "Provisioning of our registry failed with 'no capacity for node size Medium'. We need it for a release next week: " +
        "can you provision it in Germany West 2 instead, or tell us when Cologne has capacity again?";

    public async Task<IReadOnlyList<BoundCard>> BuildAsync()
    {
        var order = await orders.FailedAsync(await flow.CompletedAsync(new SampleAnswers()), SampleOrders.PlacedAt, "No capacity for node size Medium.");
        return
        [
            new("ticket-form", "ticket", tickets.Form(order.Id, TicketRequestIds.New())),
            Refused("ticket-refused-empty", order, "  "),
            Refused("ticket-refused-too-long", order, string.Concat(Enumerable.Repeat(Description + "\n", 20))[..(MaxDescriptionLength + 1)]),
            new("ticket-portal-unavailable", "ticket", tickets.Form(
                order.Id,
                TicketRequestIds.New(),
                Description,
                ["The provider's portal cannot be reached right now, so no ticket was opened. Please try again in a minute."])),
            new("ticketCreated", "ticketCreated", tickets.Created(await OpenAsync(order))),
        ];
    }

    private BoundCard Refused(string name, Order order, string typed)
    {
        var description = RequiredTextRule.Check(typed, "description of the problem", MaxDescriptionLength);
        return description.IsValid
            ? throw new InvalidOperationException($"The sample description for '{name}' was meant to be refused.")
            : new(name, "ticket", tickets.Form(order.Id, TicketRequestIds.New(), typed, [description.Error!]));
    }

    private async Task<OrderTicket> OpenAsync(Order order)
    {
        var requestId = TicketRequestIds.New();
        var created = await portal.CreateTicketAsync(
            new TicketRequest(requestId, order.Id, order.TenantId, order.PlacedByUserId, Description), CancellationToken.None);
        return new OrderTicket
        {
            Id = requestId,
            OrderId = order.Id,
            Reference = created.Reference,
            Url = created.Url,
            RequestedBy = order.PlacedByUserId,
            Description = Description,
            CreatedAt = SampleOrders.PlacedAt.AddHours(1),
        };
    }
}
