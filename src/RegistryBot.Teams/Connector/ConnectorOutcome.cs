namespace RegistryBot.Teams.Connector;

public enum ConnectorOutcome
{
    /// <summary>The connector accepted the activity.</summary>
    Sent,

    /// <summary>429 (or 412/5xx) persisted past the inline retries: try again after <see cref="ConnectorResult.RetryAfter"/>.</summary>
    Throttled,

    /// <summary>403 or 404: the bot was removed, blocked, or the conversation no longer exists. Do not retry.</summary>
    ConversationGone,

    /// <summary>
    /// Anything else: a bad request, a server error that must not be retried inline, a refused serviceUrl,
    /// a transport failure or timeout, no token (<see cref="ConnectorResult.IsTransientFailure"/> tells them apart).
    /// </summary>
    Failed,
}
