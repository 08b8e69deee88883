namespace RegistryBot.Audit;

public static class AuditKinds
{
    public const string TokenRejected = "token.rejected";
    public const string TenantRefused = "tenant.refused";
    public const string CrossUserAction = "draft.crossUser";
    public const string ForeignDraft = "draft.foreign";
    public const string TamperedSubmit = "submit.tampered";
    public const string OrderPlaced = "order.placed";
    public const string InvisibleOrder = "order.notVisible";
    public const string TicketOpened = "ticket.opened";
}
