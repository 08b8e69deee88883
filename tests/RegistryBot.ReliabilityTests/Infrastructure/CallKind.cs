namespace RegistryBot.ReliabilityTests.Infrastructure;

public enum CallKind
{
    /// <summary><c>POST v3/conversations/{id}/activities</c>: a message the bot sends on its own.</summary>
    Proactive,

    /// <summary><c>POST v3/conversations/{id}/activities/{replyToId}</c>: the answer to an inbound activity.</summary>
    Reply,

    /// <summary><c>PUT v3/conversations/{id}/activities/{activityId}</c>: a message changed in place.</summary>
    Update,

    Other,
}
