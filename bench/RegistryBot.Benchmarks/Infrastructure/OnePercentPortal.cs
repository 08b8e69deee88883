using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;

namespace RegistryBot.Benchmarks.Infrastructure;

/// <summary>A portal that reports one order in a hundred as <c>processing</c> and the rest as still <c>new</c>.</summary>
public sealed class OnePercentPortal : IRegistryPortal
{
    public static bool Changes(int index) => index % 100 == 0;

    public static bool Changes(string orderId) => Changes(int.Parse(orderId.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture));

    public Task<IReadOnlyList<BillingProfile>> ListBillingProfilesAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BillingProfile>>([new BillingProfile("BP-1001", "Main account")]);

    public Task<PortalSubmission> SubmitOrderAsync(Order order, CancellationToken cancellationToken) => Task.FromResult(PortalSubmission.Ok);

    public Task<IReadOnlyList<PortalOrderStatus>> GetStatusesAsync(IReadOnlyCollection<string> orderIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PortalOrderStatus>>(orderIds
            .Select(id => new PortalOrderStatus(id, Changes(id) ? OrderStatus.Processing : OrderStatus.New, null, null))
            .ToList());

    public Task<PortalTicket> CreateTicketAsync(TicketRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new PortalTicket("TCK-1", "https://portal.example/tickets/TCK-1"));
}
