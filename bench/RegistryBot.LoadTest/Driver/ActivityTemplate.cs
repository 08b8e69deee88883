using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace RegistryBot.LoadTest.Driver;

/// <summary>
/// An activity serialised once, with the few values that change per turn left as slots: sending
/// it only copies bytes, so the driver spends its share of the two cores on little else.
/// </summary>
public sealed class ActivityTemplate
{
    public const string ActivityIdSlot = "@@activityId@@";
    public const string DraftIdSlot = "@@draftId@@";
    public const string ReplyToIdSlot = "@@replyToId@@";
    public const string TimestampSlot = "@@timestamp@@";

    private static readonly (string Placeholder, TemplateSlot Slot)[] Placeholders =
    [
        (ActivityIdSlot, TemplateSlot.ActivityId),
        (DraftIdSlot, TemplateSlot.DraftId),
        (ReplyToIdSlot, TemplateSlot.ReplyToId),
        (TimestampSlot, TemplateSlot.Timestamp),
    ];

    private readonly byte[][] _literals;
    private readonly TemplateSlot[] _slots;

    private ActivityTemplate(byte[][] literals, TemplateSlot[] slots)
    {
        _literals = literals;
        _slots = slots;
    }

    public static ActivityTemplate From(JsonObject activity)
    {
        var json = activity.ToJsonString();
        var literals = new List<byte[]>();
        var slots = new List<TemplateSlot>();
        var position = 0;
        while (true)
        {
            var next = Placeholders
                .Select(placeholder => (placeholder.Placeholder, placeholder.Slot, Index: json.IndexOf(placeholder.Placeholder, position, StringComparison.Ordinal)))
                .Where(found => found.Index >= 0)
                .OrderBy(found => found.Index)
                .FirstOrDefault();
            if (next.Placeholder is null)
            {
                literals.Add(Encoding.UTF8.GetBytes(json[position..]));
                return new ActivityTemplate([.. literals], [.. slots]);
            }

            literals.Add(Encoding.UTF8.GetBytes(json[position..next.Index]));
            slots.Add(next.Slot);
            position = next.Index + next.Placeholder.Length;
        }
    }

    public void Render(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> activityId, ReadOnlySpan<byte> draftId, ReadOnlySpan<byte> replyToId)
    {
        output.ResetWrittenCount();
        // Teams stamps every activity; the bot trusts its memory of recent activities by this stamp.
        Span<byte> timestamp = stackalloc byte[40];
        Utf8Formatter.TryFormat(DateTime.UtcNow, timestamp, out var timestampLength, new StandardFormat('O'));
        output.Write(_literals[0]);
        for (var i = 0; i < _slots.Length; i++)
        {
            output.Write(_slots[i] switch
            {
                TemplateSlot.ActivityId => activityId,
                TemplateSlot.DraftId => draftId,
                TemplateSlot.Timestamp => timestamp[..timestampLength],
                _ => replyToId,
            });
            output.Write(_literals[i + 1]);
        }
    }
}
