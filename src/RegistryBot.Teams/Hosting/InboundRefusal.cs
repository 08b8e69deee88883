namespace RegistryBot.Teams.Hosting;

public enum InboundRefusalKind
{
    Unauthenticated,
    TenantNotAllowed,
}

/// <summary>Why a request was refused and what is known of its sender; never the token itself.</summary>
public sealed record InboundRefusal(
    InboundRefusalKind Kind,
    string Reason,
    string? RemoteAddress,
    string? TenantId = null,
    string? UserId = null,
    string? ConversationId = null);
