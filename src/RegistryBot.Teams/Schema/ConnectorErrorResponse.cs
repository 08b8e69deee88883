namespace RegistryBot.Teams.Schema;

/// <summary>The connector's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed class ConnectorErrorResponse
{
    public ConnectorError? Error { get; set; }
}

public sealed class ConnectorError
{
    public string? Code { get; set; }
    public string? Message { get; set; }
}
