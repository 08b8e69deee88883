using System.Collections;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Teams.Hosting;

/// <summary>
/// The logging scope of one turn: structured fields for JSON and OpenTelemetry sinks, and a short
/// readable form for the console.
/// </summary>
public sealed class ActivityLogScope(Activity activity) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] _fields =
    [
        new("ConversationId", activity.Conversation?.Id),
        new("ActivityId", activity.Id),
        new("ActivityType", activity.Type),
    ];

    public int Count => _fields.Length;

    public KeyValuePair<string, object?> this[int index] => _fields[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_fields).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{activity.Type} {activity.Id} in {activity.Conversation?.Id}";
}
