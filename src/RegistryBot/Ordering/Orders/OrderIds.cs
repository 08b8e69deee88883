using System.Security.Cryptography;

namespace RegistryBot.Ordering.Orders;

/// <summary>
/// Order ids: <c>ORD-</c> and Crockford's base32 (upper case, no I, L, O, U). Nine characters name
/// the millisecond the order was placed and five more a sequence that starts at random in each
/// millisecond and counts up within it, so ids sort by placement and one process never makes the
/// same id twice. Sorting by time matters to LiteDB: a new order's id goes to the end of the order
/// and outbox indexes, whose last pages the batch already holds, instead of anywhere in them.
/// Ids made before had ten random characters; they stay well formed.
/// </summary>
public static class OrderIds
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int TimeLength = 9;
    private const int SequenceLength = 5;
    private const int EarlierLength = 10;
    private const int SequenceBits = SequenceLength * 5;
    private const int MaxSequence = (1 << SequenceBits) - 1;

    private static readonly Lock Gate = new();
    private static long _lastMillisecond = -1;
    private static int _lastSequence;

    public static string New(DateTimeOffset now)
    {
        long millisecond;
        int sequence;
        lock (Gate)
        {
            // Never backwards, even when the clock is set back: a later id always sorts after an earlier one.
            millisecond = Math.Max(now.ToUnixTimeMilliseconds(), _lastMillisecond);
            if (millisecond == _lastMillisecond && _lastSequence < MaxSequence)
            {
                sequence = _lastSequence + 1;
            }
            else
            {
                millisecond = millisecond == _lastMillisecond ? millisecond + 1 : millisecond;
                // The lower half leaves room to count up; random, so another process's ids of the same millisecond differ.
                sequence = RandomNumberGenerator.GetInt32(1 << (SequenceBits - 1));
            }

            _lastMillisecond = millisecond;
            _lastSequence = sequence;
        }

        return string.Create(4 + TimeLength + SequenceLength, (millisecond, sequence), static (chars, parts) =>
        {
            "ORD-".CopyTo(chars);
            WriteBase32(chars.Slice(4, TimeLength), parts.millisecond);
            WriteBase32(chars[(4 + TimeLength)..], parts.sequence);
        });
    }

    public static bool IsWellFormed(string? id) =>
        id is { Length: 4 + TimeLength + SequenceLength or 4 + EarlierLength }
        && id.StartsWith("ORD-", StringComparison.Ordinal)
        && id.AsSpan(4).IndexOfAnyExcept(Alphabet) < 0;

    private static void WriteBase32(Span<char> target, long value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }
    }
}
