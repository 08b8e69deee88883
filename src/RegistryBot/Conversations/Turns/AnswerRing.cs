namespace RegistryBot.Conversations.Turns;

/// <summary>
/// Recent invoke answers, copied one after another into a single buffer that is reused from its
/// start once full, so the oldest answers are overwritten by the newest. Kept answers cost no
/// allocation of their own: an answer kept in an array of its own lives long enough to be promoted
/// to the oldest generation and dies there, and under load that garbage is what makes the collector
/// run its longest, blocking collections. Not thread-safe: its owner serialises the calls.
/// </summary>
public sealed class AnswerRing(int capacityBytes)
{
    private byte[]? _buffer;

    // Bytes ever written, counting the unused ends skipped when an answer did not fit before the
    // buffer's end: an answer written at position p is intact while fewer than Capacity bytes follow it.
    private long _written;

    public int Capacity { get; } = Math.Max(0, capacityBytes);

    /// <summary>Copies <paramref name="answer"/> in; false, and nothing kept, if it is larger than the whole buffer.</summary>
    public bool TryStore(ReadOnlySpan<byte> answer, out AnswerSlot slot)
    {
        if (answer.Length > Capacity || answer.IsEmpty)
        {
            slot = default;
            return false;
        }

        // Uninitialised: the pages of an unused buffer are never touched, so they cost no resident memory.
        _buffer ??= GC.AllocateUninitializedArray<byte>(Capacity);
        var offset = (int)(_written % Capacity);
        if (offset + answer.Length > Capacity)
        {
            _written += Capacity - offset;
            offset = 0;
        }

        answer.CopyTo(_buffer.AsSpan(offset));
        slot = new AnswerSlot(_written, answer.Length);
        _written += answer.Length;
        return true;
    }

    /// <summary>Whether the answer in <paramref name="slot"/> has not been overwritten since.</summary>
    public bool Holds(AnswerSlot slot) => slot.Length > 0 && _written - slot.Position <= Capacity;

    /// <summary>A copy of the answer in <paramref name="slot"/>, or null once newer answers overwrote it.</summary>
    public byte[]? Read(AnswerSlot slot) =>
        Holds(slot) ? _buffer.AsSpan((int)(slot.Position % Capacity), slot.Length).ToArray() : null;
}

/// <summary>Where an answer was written into an <see cref="AnswerRing"/>: its position among all bytes ever written, and its length.</summary>
public readonly record struct AnswerSlot(long Position, int Length);
