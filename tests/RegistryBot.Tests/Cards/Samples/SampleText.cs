using System.Globalization;
using System.Text;

namespace RegistryBot.Tests.Cards.Samples;

/// <summary>Realistic long and bulky inputs: names at their length limits, lists of addresses.</summary>
internal static class SampleText
{
    public static string CompanyOfLength(int length) =>
        Cut("Contoso Logistics, Warehousing and International Freight Forwarding Services for the Automotive, Aerospace and Medical Technology Industries of Northern Germany, Denmark and the Benelux Countries GmbH & Co. KG", length);

    public static string AddressOfLength(int length) =>
        Cut(string.Join('\n', Enumerable.Range(0, 20).Select(line => line switch
        {
            0 => "Contoso Logistics GmbH & Co. KG",
            1 => "Attn. Accounts Payable, Shared Service Centre Finance & Controlling",
            2 => "Purchase order reference required on every invoice: PO-2026-DE-004711",
            3 => "Building C, 4th floor, Room 4.17 (entrance via the loading yard)",
            4 => "Hafenstraße 12-14",
            5 => "20457 Hamburg",
            6 => "Germany",
            _ => "VAT ID DE123456789; cost centre 4711-0815; please send a copy to the freight desk",
        })), length);

    /// <summary><paramref name="count"/> distinct public IPv4 addresses and IPv6 ranges, one per line.</summary>
    public static string PublicSources(int count) => string.Join('\n', Enumerable.Range(0, count).Select(index => index % 3 == 2
        ? string.Create(CultureInfo.InvariantCulture, $"2a00:1450:4001:{index + 0x800:x}::/64")
        : string.Create(CultureInfo.InvariantCulture, $"81.2.69.{160 + index}")));

    /// <summary><paramref name="count"/> entries a customer might paste that are all refused: private, documentation, malformed, host names.</summary>
    public static string RefusedSources(int count) => string.Join('\n', Enumerable.Range(0, count).Select(RefusedSource));

    /// <summary>Refused entries filling <paramref name="length"/> characters, the most the card's input lets a customer type.</summary>
    public static string RefusedSourcesOfLength(int length)
    {
        var text = new StringBuilder(length);
        for (var index = 0; ; index++)
        {
            var entry = (text.Length == 0 ? string.Empty : "\n") + RefusedSource(index);
            if (text.Length + entry.Length > length)
            {
                return text.ToString();
            }

            text.Append(entry);
        }
    }

    private static string RefusedSource(int index) => (index % 6) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"10.{index / 256 % 256}.{index % 256}.1"),
        1 => string.Create(CultureInfo.InvariantCulture, $"192.168.{index % 256}.0/24"),
        2 => string.Create(CultureInfo.InvariantCulture, $"300.{index % 256}.1.1"),
        3 => string.Create(CultureInfo.InvariantCulture, $"build-agent-{index}.contoso.example"),
        4 => string.Create(CultureInfo.InvariantCulture, $"203.0.113.{index % 256}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"fd00:{index:x}::/64"),
    };

    private static string Cut(string text, int length)
    {
        var repeated = new StringBuilder(length + text.Length);
        while (repeated.Length < length)
        {
            repeated.Append(repeated.Length == 0 ? text : " " + text);
        }

        // The rules trim what is typed, so a cut ending in white space would come back shorter.
        var cut = repeated.ToString(0, length);
        return char.IsWhiteSpace(cut[^1]) ? cut[..^1] + "." : cut;
    }
}
