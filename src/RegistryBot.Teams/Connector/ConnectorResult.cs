namespace RegistryBot.Teams.Connector;

/// <summary>What became of one call to the connector; never an exception for an HTTP answer.</summary>
public sealed record ConnectorResult(
    ConnectorOutcome Outcome,
    string? Id = null,
    int? StatusCode = null,
    string? ErrorCode = null,
    string? ErrorMessage = null,
    TimeSpan? RetryAfter = null)
{
    public bool IsSent => Outcome == ConnectorOutcome.Sent;

    /// <summary>
    /// A failure that says nothing about the activity: the connector unreachable or too slow, no token
    /// to be had, or authentication refused (401: the bot's registration, which an operator fixes). It
    /// passes when its cause does. Any other failure (a 400, a refused serviceUrl, Teams' 500, which it
    /// asks bots not to retry) would come back the same, or should not be tried many times.
    /// </summary>
    public bool IsTransientFailure => Outcome == ConnectorOutcome.Failed
        && (StatusCode is { } status ? status is 401 or 408 : ErrorCode is "Transport" or "Timeout" or "Token");

    public static ConnectorResult Refused(string reason) =>
        new(ConnectorOutcome.Failed, ErrorCode: "Refused", ErrorMessage: reason);
}
