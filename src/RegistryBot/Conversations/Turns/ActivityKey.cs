using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using LiteDB;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Turns;

/// <summary>
/// Who an activity is, for deduplication: a digest of its conversation id and activity id
/// (activity ids are only unique within a conversation), and the same digest behind the second the
/// activity was stamped with, as the data file's key. A redelivery carries the original stamp, so
/// the key is the same; keys in stamp order make each write an append to the index and let old keys
/// be deleted as one range.
/// </summary>
public readonly record struct ActivityKey(Guid Digest, ObjectId Stored)
{
    private static readonly DateTime Epoch = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Null for an activity without an id or a conversation.</summary>
    public static ActivityKey? Of(Activity activity, DateTime now, TimeSpan window)
    {
        if (string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return null;
        }

        var text = activity.Conversation.Id + "\n" + activity.Id;
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var utf8 = length <= 1024 ? stackalloc byte[length] : new byte[length];
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(text, utf8)], digest);

        // A stamp outside the window (or none) files the key at the start, where the next purge takes it.
        var stamped = activity.Timestamp?.UtcDateTime;
        var second = stamped is { } at && at > now - window && at < now + window && at > Epoch
            ? (int)((at - Epoch).Ticks / TimeSpan.TicksPerSecond)
            : 0;
        return new ActivityKey(new Guid(digest[..16]), StoredKey(second, digest[..8]));
    }

    /// <summary>The lowest key stored for activities stamped at <paramref name="moment"/>.</summary>
    public static ObjectId FirstKeyAt(DateTime moment) =>
        StoredKey(moment > Epoch ? (int)((moment - Epoch).Ticks / TimeSpan.TicksPerSecond) : 0, stackalloc byte[8]);

    private static ObjectId StoredKey(int second, ReadOnlySpan<byte> digest)
    {
        var bytes = new byte[12];
        BinaryPrimitives.WriteInt32BigEndian(bytes, second);
        digest.CopyTo(bytes.AsSpan(4));
        return new ObjectId(bytes);
    }
}
