using RegistryBot.Teams.Connector;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Teams.Hosting;

/// <summary>One inbound activity and the means to answer it in its own conversation.</summary>
public sealed class TurnContext(Activity activity, bool authenticated, IConnectorClient connector)
{
    public Activity Activity { get; } = activity;

    /// <summary>True when the activity came with a validated token; false only in no-app-id mode.</summary>
    public bool Authenticated { get; } = authenticated;

    public string ConversationId => Activity.Conversation?.Id ?? string.Empty;

    /// <summary>Posts into the activity's conversation, as a reply to it where it has an id.</summary>
    public Task<ConnectorResult> ReplyAsync(OutboundActivity reply, CancellationToken cancellationToken)
    {
        reply.From ??= Activity.Recipient;
        reply.Conversation ??= new ConversationAccount { Id = Activity.Conversation?.Id };
        var serviceUrl = Activity.ServiceUrl!;
        return string.IsNullOrEmpty(Activity.Id)
            ? connector.SendToConversationAsync(serviceUrl, ConversationId, reply, cancellationToken)
            : connector.ReplyToActivityAsync(serviceUrl, ConversationId, Activity.Id, reply, cancellationToken);
    }
}
