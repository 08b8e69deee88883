using RegistryBot.Teams.Hosting;

namespace RegistryBot.Audit;

/// <summary>Writes the protocol layer's refusals (bad tokens, refused tenants) to the audit log.</summary>
public sealed class AuditingInboundObserver(AuditLog audit) : IInboundRequestObserver
{
    public void Refused(InboundRefusal refusal) => audit.Record(
        refusal.Kind == InboundRefusalKind.Unauthenticated ? AuditKinds.TokenRejected : AuditKinds.TenantRefused,
        refusal.TenantId,
        refusal.UserId,
        refusal.ConversationId,
        refusal.RemoteAddress,
        refusal.Reason);
}
