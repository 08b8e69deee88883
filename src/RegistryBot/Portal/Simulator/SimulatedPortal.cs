using System.Security.Cryptography;
using LiteDB;
using Microsoft.Extensions.Options;
using RegistryBot.Ordering.Orders;
using RegistryBot.Storage;

namespace RegistryBot.Portal.Simulator;

/// <summary>
/// An in-process stand-in for the provider's portal, so the bot runs with no provider account:
/// its state lives in a LiteDB file of its own (<see cref="SimulatorStore"/>), each order moves
/// <c>new</c> → <c>processing</c> → <c>DONE</c> after the configured delays, and orders matching
/// the failure rules end <c>failed</c>.
/// </summary>
public sealed class SimulatedPortal(IOptions<PortalOptions> options, SimulatorStore store, TimeProvider time) : IRegistryPortal
{
    private static readonly SimulatedBillingProfile[] DemoProfiles =
    [
        new() { Id = "BP-1001", Name = "Main account (invoices by e-mail)" },
        new() { Id = "BP-1002", Name = "Engineering cost centre" },
    ];

    private readonly Lock _ticketGate = new();

    private SimulatorOptions Settings => options.Value.Simulator;

    public Task<IReadOnlyList<BillingProfile>> ListBillingProfilesAsync(string tenantId, CancellationToken cancellationToken)
    {
        var configured = Settings.BillingProfiles;
        var profiles = (configured.Count == 0 ? DemoProfiles : [.. configured])
            .Where(profile => profile.TenantId == "*" || profile.TenantId == tenantId)
            .Select(profile => new BillingProfile(profile.Id, profile.Name))
            .ToList();
        return Task.FromResult<IReadOnlyList<BillingProfile>>(profiles);
    }

    public async Task<PortalSubmission> SubmitOrderAsync(Order order, CancellationToken cancellationToken)
    {
        var submitted = store.Mapper.ToDocument(new SimulatedPortalOrder
        {
            Id = order.Id,
            Region = order.Choices.Region,
            SubmittedAt = time.GetUtcNow().UtcDateTime,
            FailureReason = DecideFailure(order.Choices.Region),
        });

        // The status job may offer an order while the turn that placed it is still submitting it:
        // the simulator's group commit runs one write at a time, so the second offer finds the first.
        await store.WriteDurablyAsync(database =>
        {
            var orders = database.GetCollection(SimulatorSetup.OrdersCollection);
            if (orders.FindById(order.Id) is null)
            {
                orders.Insert(submitted);
            }

            return true;
        });
        return PortalSubmission.Ok;
    }

    public Task<IReadOnlyList<PortalOrderStatus>> GetStatusesAsync(IReadOnlyCollection<string> orderIds, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var statuses = store.Use(database => database.GetCollection<SimulatedPortalOrder>(SimulatorSetup.OrdersCollection)
            .Find(DocumentQueries.IdIn(orderIds))
            .Select(order => StatusAt(order, now))
            .ToList());
        return Task.FromResult<IReadOnlyList<PortalOrderStatus>>(statuses);
    }

    public Task<PortalTicket> CreateTicketAsync(TicketRequest request, CancellationToken cancellationToken)
    {
        lock (_ticketGate)
        {
            var ticket = store.Use(database => OpenTicket(database.GetCollection<SimulatedTicket>(SimulatorSetup.TicketsCollection), request));
            var url = options.Value.TicketViewUrl.Replace("{ticketId}", Uri.EscapeDataString(ticket.Reference), StringComparison.Ordinal);
            return Task.FromResult(new PortalTicket(ticket.Reference, url));
        }
    }

    private SimulatedTicket OpenTicket(ILiteCollection<SimulatedTicket> tickets, TicketRequest request)
    {
        var ticket = tickets.FindById(request.RequestId);
        if (ticket is null)
        {
            ticket = new SimulatedTicket
            {
                Id = request.RequestId,
                Reference = "TCK-" + RandomNumberGenerator.GetString("0123456789", 8),
                OrderId = request.OrderId,
                TenantId = request.TenantId,
                RequestedBy = request.RequestedBy,
                Description = request.Description,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            tickets.Insert(ticket);
        }

        return ticket;
    }

    private PortalOrderStatus StatusAt(SimulatedPortalOrder order, DateTime now)
    {
        var processingAt = order.SubmittedAt + Settings.ProcessingAfter;
        var completedAt = processingAt + Settings.CompletedAfter;
        if (now >= completedAt)
        {
            return order.FailureReason is { } reason
                ? new PortalOrderStatus(order.Id, OrderStatus.Failed, completedAt, reason)
                : new PortalOrderStatus(order.Id, OrderStatus.Done, completedAt, null);
        }

        return now >= processingAt
            ? new PortalOrderStatus(order.Id, OrderStatus.Processing, processingAt, null)
            : new PortalOrderStatus(order.Id, OrderStatus.New, order.SubmittedAt, null);
    }

    private string? DecideFailure(string region)
    {
        if (Settings.FailRegions.Contains(region, StringComparer.Ordinal))
        {
            return $"The region {region} has no capacity for new registries at the moment, so the registry could not be provisioned.";
        }

        return Random.Shared.NextDouble() < Settings.FailureRate
            ? "Provisioning the registry's storage failed on the provider's side."
            : null;
    }
}
