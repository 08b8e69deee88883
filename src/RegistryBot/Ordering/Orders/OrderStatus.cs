namespace RegistryBot.Ordering.Orders;

/// <summary>The provider portal's statuses, spelled exactly as the portal spells them.</summary>
public static class OrderStatus
{
    public const string New = "new";
    public const string Processing = "processing";
    public const string Failed = "failed";
    public const string Done = "DONE";

    public static bool IsTerminal(string status) => status is Failed or Done;

    public static bool IsKnown(string status) => status is New or Processing or Failed or Done;
}
