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

    public static ConnectorResult Refused(string reason) =>
        new(ConnectorOutcome.Failed, ErrorCode: "Refused", ErrorMessage: reason);
}
