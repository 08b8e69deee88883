using System.Net;

namespace RegistryBot.Ordering.TrustedSources;

/// <summary>An accepted trusted source: a public IPv4 or IPv6 range, its host bits cleared.</summary>
public sealed record TrustedSource
{
    public TrustedSource(IPNetwork network)
    {
        Network = network;
        Cidr = network.ToString();
    }

    public IPNetwork Network { get; }

    /// <summary>Canonical CIDR text, e.g. <c>123.123.123.123/32</c> or <c>2a01:4f8::/32</c>.</summary>
    public string Cidr { get; }

    public override string ToString() => Cidr;
}
