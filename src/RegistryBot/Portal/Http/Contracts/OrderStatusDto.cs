namespace RegistryBot.Portal.Http.Contracts;

/// <summary>One order's status as the portal reports it; <see cref="Status"/> is checked before it is believed.</summary>
internal sealed record OrderStatusDto(string OrderId, string Status, DateTimeOffset? ChangedAt = null, string? Reason = null);
