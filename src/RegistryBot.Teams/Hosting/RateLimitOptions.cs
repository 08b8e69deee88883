using System.ComponentModel.DataAnnotations;

namespace RegistryBot.Teams.Hosting;

/// <summary>Token buckets on <c>/api/messages</c>, per user and per tenant; 0 turns a bucket off.</summary>
public sealed class RateLimitOptions
{
    [Range(0, 100_000)]
    public int PerUserBurst { get; set; } = 30;

    [Range(0, 100_000)]
    public int PerUserPerSecond { get; set; } = 10;

    [Range(0, 1_000_000)]
    public int PerTenantBurst { get; set; } = 1000;

    [Range(0, 1_000_000)]
    public int PerTenantPerSecond { get; set; } = 500;
}
