namespace RegistryBot.Teams.Schema;

/// <summary>
/// Teams gives each thread of a channel a conversation id of its own: the channel's id followed by
/// <c>;messageid=</c> and the id of the thread's first message.
/// </summary>
public static class ConversationThreads
{
    private const string ThreadMarker = ";messageid=";

    /// <summary>The id without its thread: the channel's id for any of its threads; any other id as it is.</summary>
    public static ReadOnlySpan<char> WithoutThread(string conversationId)
    {
        var thread = conversationId.IndexOf(ThreadMarker, StringComparison.Ordinal);
        return thread < 0 ? conversationId : conversationId.AsSpan(0, thread);
    }

    /// <summary>Whether two ids are the same conversation, or threads of the same channel.</summary>
    public static bool SameConversation(string first, string second) =>
        WithoutThread(first).SequenceEqual(WithoutThread(second));
}
