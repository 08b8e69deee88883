namespace RegistryBot.Conversations;

/// <summary>The text commands of the conversation contract, in the order help lists them.</summary>
public sealed class CommandCatalog
{
    public IReadOnlyList<CommandInfo> All { get; } =
    [
        new("order", "order", "Order a managed Harbor registry, step by step (or continue your open order)."),
        new("status", "status", "List your orders, newest first, with their status."),
        new("status", "status ORD-…", "Show the status of one order."),
        new("ticket", "ticket ORD-…", "Raise a support ticket about an order."),
        new("cancel", "cancel", "Discard the order you are filling in."),
        new("help", "help", "Show this list."),
    ];
}
