namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>What a rule of the fake connector sees of a request before answering it; the path is unescaped.</summary>
public sealed record ConnectorCall(string Method, string Path)
{
    public bool IsFor(string conversationId) =>
        Path.StartsWith($"/v3/conversations/{conversationId}/activities", StringComparison.Ordinal);
}
