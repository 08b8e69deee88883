namespace RegistryBot.Conversations.Turns;

public sealed class DeduplicationOptions
{
    public const string SectionName = "Deduplication";

    /// <summary>How long an activity id is remembered in the data file; Teams redelivers within seconds to a minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many recent activity ids are also kept in memory, so most lookups never reach the data file.</summary>
    public int RecentCapacity { get; set; } = 100_000;

    /// <summary>
    /// How many bytes of recent invoke answers are kept in memory, in one buffer, to replay on a
    /// redelivery; the newest overwrite the oldest, and an older invoke redelivered runs again.
    /// </summary>
    public int RecentAnswerBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Invoke answers larger than this are not kept for replay; a redelivery then gets the current card.</summary>
    public int MaxStoredResponseBytes { get; set; } = 96 * 1024;
}
