using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations;

/// <summary>
/// The app's entry for every accepted activity: remembers the conversation, then dispatches by
/// type. Activity types and invoke names it does not know are acknowledged and ignored (spec A2014, A5402).
/// </summary>
public sealed partial class ActivityRouter(
    ConversationReferenceStore references,
    CommandRouter commands,
    VerbRouter verbs,
    WelcomeHandler welcome,
    ILogger<ActivityRouter> logger) : IActivityHandler
{
    public async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        references.Record(activity, turn.Authenticated);

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await commands.RouteAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                await welcome.HandleAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction:
                return await verbs.RouteAsync(turn, cancellationToken);
            default:
                LogIgnored(activity.Type, activity.Name);
                return null;
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Ignored an activity of type {Type} ({Name})")]
    private partial void LogIgnored(string? type, string? name);
}
