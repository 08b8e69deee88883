namespace RegistryBot.Ordering.Orders;

/// <summary>
/// Order ids: <c>ORD-</c> and Crockford's base32 (upper case, no I, L, O, U). Nine characters name
/// the millisecond the order was placed and five more a sequence within it (<see cref="OrderIdSequence"/>),
/// so ids sort by placement. Ids made before had ten random characters; they stay well formed.
/// </summary>
public static class OrderIds
{
    internal const int SequenceBits = SequenceLength * 5;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const string Prefix = "ORD-";
    private const int TimeLength = 9;
    private const int SequenceLength = 5;
    private const int EarlierLength = 10;

    public static bool IsWellFormed(string? id) =>
        id is { Length: 4 + TimeLength + SequenceLength or 4 + EarlierLength }
        && id.StartsWith(Prefix, StringComparison.Ordinal)
        && id.AsSpan(Prefix.Length).IndexOfAnyExcept(Alphabet) < 0;

    internal static string Format(long millisecond, int sequence) =>
        string.Create(Prefix.Length + TimeLength + SequenceLength, (millisecond, sequence), static (chars, parts) =>
        {
            Prefix.CopyTo(chars);
            WriteBase32(chars.Slice(Prefix.Length, TimeLength), parts.millisecond);
            WriteBase32(chars[(Prefix.Length + TimeLength)..], parts.sequence);
        });

    private static void WriteBase32(Span<char> target, long value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
    }
}
