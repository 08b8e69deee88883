using System.Text.Json;
using Microsoft.Extensions.Options;
using RegistryBot.Audit;
using RegistryBot.Cards;
using RegistryBot.Conversations.Waterfall;
using RegistryBot.Ordering.Orders;
using RegistryBot.Ordering.Rules;
using RegistryBot.Ordering.Steps;
using RegistryBot.Ordering.Tickets;
using RegistryBot.Portal;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Tickets;

/// <summary>
/// <c>ticket.submit</c>: opens the ticket through the portal and answers with its reference. The
/// card's request id makes this idempotent: a second submit of the same card shows the same ticket.
/// </summary>
public sealed partial class TicketSubmitVerb(
    OrderAccess access,
    TicketStore ticketStore,
    AuditLog audit,
    IRegistryPortal portal,
    TicketCards tickets,
    NoticeCards notices,
    IOptions<PortalOptions> portalOptions,
    TimeProvider time,
    ILogger<TicketSubmitVerb> logger) : IVerbHandler
{
    private const int MaxDescriptionLength = 4000;

    public string Verb => "ticket.submit";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken cancellationToken)
    {
        var caller = Caller.From(turn.Activity);
        var orderId = StepData.StringField(data, "orderId") ?? string.Empty;
        var order = access.FindVisible(caller, orderId);
        if (order is null)
        {
            return InvokeResponse.Card(StatusCommand.NotFound(notices, orderId));
        }

        var requestId = StepData.StringField(data, "requestId");
        if (!TicketRequestIds.IsWellFormed(requestId))
        {
            audit.Record(AuditKinds.TamperedSubmit, caller, order.Id, "a ticket form without a valid request id");
            return InvokeResponse.Error(400, "BadRequest", "This ticket form is not valid; type ticket followed by the order id to get a new one.");
        }

        if (ticketStore.FindByRequest(requestId!) is { } existing)
        {
            return existing.OrderId == order.Id
                ? InvokeResponse.Card(tickets.Created(existing))
                : InvokeResponse.Error(400, "BadRequest", "This ticket form belongs to another order.");
        }

        var typed = new StepInputs(data).Text(InputIds.TicketDescription);
        var description = RequiredTextRule.Check(typed, "description of the problem", MaxDescriptionLength);
        if (!description.IsValid)
        {
            return InvokeResponse.Card(tickets.Form(order.Id, requestId!, typed, [description.Error!]));
        }

        if (order.WasRefusedByPortal())
        {
            // The portal would answer 404: it has no record of an order it refused.
            return InvokeResponse.Card(tickets.Form(order.Id, requestId!, typed,
                [$"The provider's portal has no record of this order, as it did not accept it, so no ticket can be opened about it here. Please use the provider's ticket page: {portalOptions.Value.TicketUrlFor(order.Id)}"]));
        }

        PortalTicket created;
        try
        {
            created = await portal.CreateTicketAsync(
                new TicketRequest(requestId!, order.Id, order.TenantId, caller.UserId, description.Value!), cancellationToken);
        }
        catch (PortalUnavailableException exception)
        {
            LogPortalUnavailable(order.Id, exception.Message);
            return InvokeResponse.Card(tickets.Form(order.Id, requestId!, typed,
                ["The provider's portal cannot be reached right now, so no ticket was opened. Please try again in a minute."]));
        }

        var stored = ticketStore.Add(new OrderTicket
        {
            Id = requestId!,
            OrderId = order.Id,
            Reference = created.Reference,
            Url = created.Url,
            RequestedBy = caller.UserId,
            Description = description.Value!,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        LogTicketOpened(stored.Reference, order.Id, caller.UserId);
        audit.Record(AuditKinds.TicketOpened, caller, order.Id, stored.Reference);
        return InvokeResponse.Card(tickets.Created(stored));
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Ticket {Reference} opened about order {OrderId} by {UserId}")]
    private partial void LogTicketOpened(string reference, string orderId, string userId);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "No ticket opened about order {OrderId}: the portal is unavailable ({Reason})")]
    private partial void LogPortalUnavailable(string orderId, string reason);
}
