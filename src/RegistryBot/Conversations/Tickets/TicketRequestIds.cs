namespace RegistryBot.Conversations.Tickets;

/// <summary>Each ticket form carries a fresh request id; only ids of that shape are accepted back.</summary>
public static class TicketRequestIds
{
    public static string New() => "TRQ-" + Guid.NewGuid().ToString("N");

    public static bool IsWellFormed(string? id) =>
        id is { Length: 36 } && id.StartsWith("TRQ-", StringComparison.Ordinal) && Guid.TryParseExact(id[4..], "N", out _);
}
