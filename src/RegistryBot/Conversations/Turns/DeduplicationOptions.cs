namespace RegistryBot.Conversations.Turns;

public sealed class DeduplicationOptions
{
    public const string SectionName = "Deduplication";

    /// <summary>How long an activity id is remembered; Teams redelivers within seconds to a minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Invoke answers larger than this are not kept for replay; a redelivery then gets the current card.</summary>
    public int MaxStoredResponseBytes { get; set; } = 96 * 1024;
}
