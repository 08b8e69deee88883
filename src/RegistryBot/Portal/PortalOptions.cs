using System.ComponentModel.DataAnnotations;

namespace RegistryBot.Portal;

public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    public PortalMode Mode { get; set; } = PortalMode.Simulated;

    /// <summary>The provider's ticket page; <c>{orderId}</c> is replaced by the order id.</summary>
    [Required]
    public string TicketUrl { get; set; } = "https://provider.example/support/ticket-create?order={orderId}";

    public string TicketUrlFor(string orderId) => TicketUrl.Replace("{orderId}", Uri.EscapeDataString(orderId), StringComparison.Ordinal);

    /// <summary>Where a ticket can be followed; <c>{ticketId}</c> is replaced by its reference.</summary>
    [Required]
    public string TicketViewUrl { get; set; } = "https://provider.example/support/tickets/{ticketId}";

    public SimulatorOptions Simulator { get; set; } = new();

    public HttpPortalOptions Http { get; set; } = new();
}
