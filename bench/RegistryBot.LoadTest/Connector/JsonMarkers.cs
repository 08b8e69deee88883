using System.Buffers;
using System.Text;

namespace RegistryBot.LoadTest.Connector;

/// <summary>
/// Byte searches in the compact JSON the bot writes (System.Text.Json, no indentation): far
/// cheaper than parsing a whole card when only one value or the presence of one marker matters.
/// </summary>
public static class JsonMarkers
{
    private static readonly byte[] DraftIdProperty = "\"draftId\":\""u8.ToArray();
    private static readonly byte[] SummaryProperty = "\"summary\":\"Order "u8.ToArray();
    private static readonly byte[] OrderIdPrefix = "ORD-"u8.ToArray();
    private static readonly SearchValues<byte> OrderIdCharacters = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"u8);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The marker of a card showing <paramref name="step"/>: its buttons carry <c>"step":"…"</c>.</summary>
    public static byte[] StepMarker(string step) => Utf8($"\"step\":\"{step}\"");

    public static bool Contains(ReadOnlySpan<byte> json, ReadOnlySpan<byte> marker) => json.IndexOf(marker) >= 0;

    public static string? DraftId(ReadOnlySpan<byte> json) => StringAfter(json, DraftIdProperty);

    /// <summary>
    /// The first order id in the text, e.g. the one a status card shows: <c>ORD-</c> and the digits and
    /// upper-case letters after it, whatever their number (the contract fixes no length).
    /// </summary>
    public static string? OrderId(ReadOnlySpan<byte> json)
    {
        var start = json.IndexOf(OrderIdPrefix);
        if (start < 0)
        {
            return null;
        }

        var rest = json[(start + OrderIdPrefix.Length)..];
        var length = rest.IndexOfAnyExcept(OrderIdCharacters) is var end and >= 0 ? end : rest.Length;
        return length == 0 ? null : Encoding.ASCII.GetString(json.Slice(start, OrderIdPrefix.Length + length));
    }

    /// <summary>From a status notification's summary <c>Order ORD-…: status</c>: the order id and the status.</summary>
    public static (string OrderId, string Status)? Notification(ReadOnlySpan<byte> json)
    {
        var summary = StringAfter(json, SummaryProperty);
        var colon = summary?.IndexOf(": ", StringComparison.Ordinal) ?? -1;
        return colon > 0 ? (summary![..colon], summary[(colon + 2)..]) : null;
    }

    private static string? StringAfter(ReadOnlySpan<byte> json, ReadOnlySpan<byte> prefix)
    {
        var start = json.IndexOf(prefix);
        if (start < 0)
        {
            return null;
        }

        var value = json[(start + prefix.Length)..];
        var end = value.IndexOf((byte)'"');
        return end < 0 ? null : Encoding.UTF8.GetString(value[..end]);
    }
}
