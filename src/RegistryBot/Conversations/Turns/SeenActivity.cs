namespace RegistryBot.Conversations.Turns;

/// <summary>An activity already handled, and the invoke answer it got, to replay on a redelivery.</summary>
public sealed class SeenActivity
{
    /// <summary>Conversation id and activity id: activity ids are only unique within a conversation.</summary>
    public required string Id { get; set; }

    public DateTime SeenAt { get; set; }

    public string? InvokeResponse { get; set; }
}
