namespace RegistryBot.Conversations.Turns;

/// <summary>An activity already handled, kept in the data file for the deduplication window.</summary>
public sealed class SeenActivity
{
    /// <summary>A digest of the conversation id and the activity id (activity ids are only unique within a conversation).</summary>
    public Guid Id { get; set; }

    public DateTime SeenAt { get; set; }
}
