using System.Buffers;
using System.Globalization;

namespace RegistryBot.Ordering.TrustedSources;

/// <summary>
/// A textual check run before any parsing. <see cref="System.Net.IPAddress"/> and
/// <see cref="System.Net.IPNetwork"/> also accept octal (<c>010.0.0.0</c> is 8.0.0.0), hexadecimal
/// (<c>0x7b.1.1.1</c>), short (<c>10.1</c>) and integer (<c>1</c>) IPv4 forms, prefixes such as <c>/024</c>,
/// zone ids and brackets; a customer almost never means what those forms parse to.
/// </summary>
internal static class StrictEntrySyntax
{
    private const string NotAnAddress = "this is not an IP address or CIDR range";

    private static readonly SearchValues<char> DecimalDigitsAndDot = SearchValues.Create("0123456789.");
    private static readonly SearchValues<char> HexDigitsAndColon = SearchValues.Create("0123456789abcdefABCDEF:");

    /// <summary>Returns why <paramref name="entry"/> is malformed, or null when it is a strict address or CIDR.</summary>
    public static string? Check(ReadOnlySpan<char> entry, out EntryShape shape)
    {
        shape = default;
        var slash = entry.IndexOf('/');
        var address = slash < 0 ? entry : entry[..slash];
        if (address.IsEmpty)
        {
            return NotAnAddress;
        }

        bool isIPv6;
        string? problem;
        if (address.Contains(':'))
        {
            isIPv6 = true;
            problem = CheckIPv6(address);
        }
        else if (address.ContainsAnyExcept(DecimalDigitsAndDot))
        {
            isIPv6 = false;
            problem = address.Contains('.') && char.IsAsciiDigit(address[0])
                ? "an IPv4 address may contain only decimal numbers and dots"
                : NotAnAddress;
        }
        else
        {
            isIPv6 = false;
            problem = CheckIPv4(address);
        }

        if (problem is not null)
        {
            return problem;
        }

        var prefixLength = -1;
        if (slash >= 0)
        {
            problem = CheckPrefix(entry[(slash + 1)..], isIPv6, out prefixLength);
            if (problem is not null)
            {
                return problem;
            }
        }

        shape = new EntryShape(isIPv6, address.Length, prefixLength);
        return null;
    }

    private static string? CheckIPv4(ReadOnlySpan<char> address)
    {
        const string FourNumbers = "an IPv4 address has exactly four numbers separated by dots, e.g. 123.123.123.123";
        if (address.Count('.') != 3)
        {
            return FourNumbers;
        }

        foreach (var range in address.Split('.'))
        {
            var part = address[range];
            if (part.IsEmpty)
            {
                return FourNumbers;
            }

            if (part.Length > 1 && part[0] == '0')
            {
                return "leading zeros are not allowed in an address";
            }

            if (part.Length > 3 || int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture) > 255)
            {
                return $"{part} is out of range: each number of an IPv4 address must be 0 to 255";
            }
        }

        return null;
    }

    private static string? CheckIPv6(ReadOnlySpan<char> address)
    {
        if (address.Contains('%'))
        {
            return "zone ids (the part from '%') are not allowed";
        }

        if (address.ContainsAny('[', ']'))
        {
            return "remove the brackets around the IPv6 address";
        }

        var dot = address.IndexOf('.');
        if (dot >= 0)
        {
            return dot < address.IndexOf(':')
                ? "port numbers are not allowed: enter the address only"
                : "IPv6 addresses with an embedded IPv4 part (such as ::ffff:1.2.3.4) are not accepted: "
                    + "enter the IPv4 address itself, or write the IPv6 address in hexadecimal groups";
        }

        const string Malformed = "this is not a valid IPv6 address: use up to eight groups of one to four "
            + "hexadecimal digits separated by colons, with '::' at most once";
        if (address.ContainsAnyExcept(HexDigitsAndColon))
        {
            return Malformed;
        }

        var doubleColon = address.IndexOf("::");
        if (doubleColon < 0)
        {
            return CountGroups(address) == 8 ? null : Malformed;
        }

        // Searching from one past the first "::" also catches ":::".
        if (address[(doubleColon + 1)..].IndexOf("::") >= 0)
        {
            return Malformed;
        }

        var left = CountGroups(address[..doubleColon]);
        var right = CountGroups(address[(doubleColon + 2)..]);
        return left >= 0 && right >= 0 && left + right <= 7 ? null : Malformed;
    }

    /// <summary>Counts colon-separated groups of one to four hex digits; -1 if any group is empty or too long.</summary>
    private static int CountGroups(ReadOnlySpan<char> groups)
    {
        if (groups.IsEmpty)
        {
            return 0;
        }

        var count = 0;
        foreach (var range in groups.Split(':'))
        {
            var length = range.GetOffsetAndLength(groups.Length).Length;
            if (length is 0 or > 4)
            {
                return -1;
            }

            count++;
        }

        return count;
    }

    private static string? CheckPrefix(ReadOnlySpan<char> prefix, bool isIPv6, out int prefixLength)
    {
        prefixLength = -1;
        if (prefix.IsEmpty)
        {
            return "the prefix length after '/' is missing";
        }

        if (prefix.ContainsAnyExceptInRange('0', '9'))
        {
            return "the prefix length after '/' must be a decimal number";
        }

        if (prefix.Length > 1 && prefix[0] == '0')
        {
            return "leading zeros are not allowed in a prefix length";
        }

        var value = prefix.Length <= 3 ? int.Parse(prefix, NumberStyles.None, CultureInfo.InvariantCulture) : int.MaxValue;
        if (value > AddressRange.WidthOf(isIPv6))
        {
            return isIPv6
                ? "the prefix length must be 0 to 128 for an IPv6 address"
                : "the prefix length must be 0 to 32 for an IPv4 address";
        }

        prefixLength = value;
        return null;
    }
}
