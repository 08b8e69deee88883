using RegistryBot.Teams.Connector;
using RegistryBot.Teams.Schema;

namespace RegistryBot.ReliabilityTests.Fuzzing;

/// <summary>A connector that only counts: in-process fuzzing sends nothing anywhere.</summary>
public sealed class RecordingConnector : IConnectorClient
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, OutboundActivity activity, CancellationToken cancellationToken) => Sent();

    public Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, OutboundActivity activity, CancellationToken cancellationToken) => Sent();

    public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, OutboundActivity activity, CancellationToken cancellationToken) => Sent();

    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) => Sent();

    private Task<ConnectorResult> Sent() => Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, "m-" + Interlocked.Increment(ref _calls), 201));
}
