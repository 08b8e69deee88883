using RegistryBot.Teams.Schema;

namespace RegistryBot.Teams.Connector;

/// <summary>The Bot Connector REST API v3 calls the bot makes, addressed explicitly by serviceUrl.</summary>
public interface IConnectorClient
{
    Task<ConnectorResult> SendToConversationAsync(string serviceUrl, string conversationId, OutboundActivity activity, CancellationToken cancellationToken);

    Task<ConnectorResult> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, OutboundActivity activity, CancellationToken cancellationToken);

    Task<ConnectorResult> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, OutboundActivity activity, CancellationToken cancellationToken);

    /// <summary>Opens (or finds) a 1:1 conversation; the result's <see cref="ConnectorResult.Id"/> is the conversation id.</summary>
    Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}
