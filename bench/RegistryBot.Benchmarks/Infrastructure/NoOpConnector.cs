using RegistryBot.Teams.Connector;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Benchmarks.Infrastructure;

/// <summary>A connector that accepts everything at once and keeps the last activity, so a benchmark measures the bot alone.</summary>
public sealed class NoOpConnector : IConnectorClient
{
    private static readonly Task<ConnectorResult> Sent = Task.FromResult(new ConnectorResult(ConnectorOutcome.Sent, "1", 201));

    public OutboundActivity? Last { get; private set; }

    public Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, OutboundActivity activity, CancellationToken cancellationToken) =>
        Keep(activity);

    public Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, OutboundActivity activity, CancellationToken cancellationToken) =>
        Keep(activity);

    public Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, OutboundActivity activity, CancellationToken cancellationToken) =>
        Keep(activity);

    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Sent;

    private Task<ConnectorResult> Keep(OutboundActivity activity)
    {
        Last = activity;
        return Sent;
    }
}
