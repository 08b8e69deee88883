using LiteDB;

namespace RegistryBot.Conversations.Turns;

/// <summary>An activity already handled, kept in the data file for the deduplication window.</summary>
public sealed class SeenActivity
{
    /// <summary>See <see cref="ActivityKey.Stored"/>.</summary>
    public required ObjectId Id { get; set; }

    public DateTime SeenAt { get; set; }
}
