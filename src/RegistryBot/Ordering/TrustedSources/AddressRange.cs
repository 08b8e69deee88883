using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace RegistryBot.Ordering.TrustedSources;

/// <summary>
/// A CIDR range as integers, so that containment and overlap are two comparisons. IPv4 values sit in the
/// low 32 bits. Two CIDR ranges of one family are either disjoint or one contains the other.
/// </summary>
internal readonly record struct AddressRange
{
    private AddressRange(bool isIPv6, UInt128 start, UInt128 end, int prefixLength)
    {
        IsIPv6 = isIPv6;
        Start = start;
        End = end;
        PrefixLength = prefixLength;
    }

    public bool IsIPv6 { get; }

    public UInt128 Start { get; }

    public UInt128 End { get; }

    public int PrefixLength { get; }

    public static int WidthOf(bool isIPv6) => isIPv6 ? 128 : 32;

    /// <summary>The range of <paramref name="address"/>/<paramref name="prefixLength"/>, host bits cleared.</summary>
    public static AddressRange FromAddress(IPAddress address, int prefixLength, out bool hostBitsSet)
    {
        var isIPv6 = address.AddressFamily == AddressFamily.InterNetworkV6;
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        UInt128 value = isIPv6 ? BinaryPrimitives.ReadUInt128BigEndian(bytes) : BinaryPrimitives.ReadUInt32BigEndian(bytes);

        var hostMask = HostMask(WidthOf(isIPv6) - prefixLength);
        hostBitsSet = (value & hostMask) != UInt128.Zero;
        var start = value & ~hostMask;
        return new AddressRange(isIPv6, start, start | hostMask, prefixLength);
    }

    /// <summary>Parses trusted, well-formed CIDR text such as the special-purpose blocks.</summary>
    public static AddressRange Parse(string cidr)
    {
        var network = IPNetwork.Parse(cidr);
        return FromAddress(network.BaseAddress, network.PrefixLength, out _);
    }

    public bool Contains(AddressRange other) =>
        IsIPv6 == other.IsIPv6 && Start <= other.Start && other.End <= End;

    public bool Overlaps(AddressRange other) =>
        IsIPv6 == other.IsIPv6 && Start <= other.End && other.Start <= End;

    public IPNetwork ToNetwork()
    {
        Span<byte> bytes = stackalloc byte[16];
        IPAddress address;
        if (IsIPv6)
        {
            BinaryPrimitives.WriteUInt128BigEndian(bytes, Start);
            address = new IPAddress(bytes);
        }
        else
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)Start);
            address = new IPAddress(bytes[..4]);
        }

        return new IPNetwork(address, PrefixLength);
    }

    private static UInt128 HostMask(int hostBits) =>
        hostBits >= 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - UInt128.One;
}
