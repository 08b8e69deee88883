using LiteDB;
using RegistryBot.Cards;
using RegistryBot.Conversations.Turns;
using RegistryBot.Storage;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations;

/// <summary>
/// The app's entry for every accepted activity: one turn at a time per conversation, a redelivered
/// activity answered from memory, the conversation remembered, then dispatch by type. Activity
/// types and invoke names it does not know are acknowledged and ignored (spec A2014, A5402).
/// </summary>
public sealed partial class ActivityRouter(
    ConversationTurnGate turns,
    ActivityDeduplicator deduplicator,
    ConversationReferenceStore references,
    CommandRouter commands,
    VerbRouter verbs,
    WelcomeHandler welcome,
    NoticeCards notices,
    LiteDbStore store,
    ILogger<ActivityRouter> logger) : IActivityHandler
{
    private const string StorageProblem =
        "RegistryBot cannot save anything right now because of a storage problem on our side, so nothing was changed and nothing was ordered. Please try again in a few minutes.";

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        using var _ = await turns.EnterAsync(turn.ConversationId, cancellationToken);
        try
        {
            // An invoke whose answer is no longer kept runs again: every verb is safe to repeat.
            if (deduplicator.FindSeen(activity, out var key) is { } seen && (seen.Answer is not null || activity.Type != ActivityTypes.Invoke))
            {
                LogRedelivered(activity.Id);
                return seen.Answer;
            }

            references.Record(activity, turn.Authenticated);
            var response = await DispatchAsync(turn, cancellationToken);
            deduplicator.Remember(activity, key, response);
            return response;
        }
        catch (Exception exception) when (exception is LiteException or IOException or ObjectDisposedException)
        {
            if (StorageFaults.IsFatal(exception))
            {
                store.ReportFault(exception);
            }

            LogStorageFault(exception.Message);
            return await AnswerStorageProblemAsync(turn, cancellationToken);
        }
    }

    private async Task<InvokeResponse?> DispatchAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
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

    private async Task<InvokeResponse?> AnswerStorageProblemAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            return InvokeResponse.Error(500, "StorageUnavailable", StorageProblem);
        }

        if (turn.Activity.Type == ActivityTypes.Message)
        {
            await turn.ReplyAsync(OutboundActivity.FromCard(notices.Notice("Please try again in a few minutes", StorageProblem)), cancellationToken);
        }

        return null;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Ignored an activity of type {Type} ({Name})")]
    private partial void LogIgnored(string? type, string? name);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Activity {ActivityId} was redelivered; answered from memory")]
    private partial void LogRedelivered(string? activityId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Error, Message = "A turn failed on storage: {Reason}")]
    private partial void LogStorageFault(string reason);
}
