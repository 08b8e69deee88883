namespace RegistryBot.Ordering.TrustedSources;

/// <summary>Limits applied when parsing a customer's trusted sources.</summary>
public sealed record TrustedSourcePolicy
{
    public static TrustedSourcePolicy Default { get; } = new();

    /// <summary>Most ranges an order may carry, counted after duplicates and contained ranges are merged.</summary>
    public int MaxEntries { get; init; } = 20;

    /// <summary>An IPv4 range with a shorter prefix than this is accepted with a warning.</summary>
    public int WarnBroaderThanIPv4Prefix { get; init; } = 24;

    /// <summary>An IPv6 range with a shorter prefix than this is accepted with a warning.</summary>
    public int WarnBroaderThanIPv6Prefix { get; init; } = 48;
}
