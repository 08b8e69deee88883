using System.Collections.Frozen;
using System.Text.Json;
using RegistryBot.Portal;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations;

/// <summary>
/// Routes an <c>adaptiveCard/action</c> invoke to the handler of its verb. A malformed value or an
/// unknown verb is answered with an error invoke response, as the Universal Action Model defines.
/// </summary>
public sealed partial class VerbRouter(IEnumerable<IVerbHandler> handlers, ILogger<VerbRouter> logger)
{
    private readonly FrozenDictionary<string, IVerbHandler> _handlers =
        handlers.ToFrozenDictionary(handler => handler.Verb, StringComparer.Ordinal);

    public IEnumerable<string> Verbs => _handlers.Keys;

    public Task<InvokeResponse> RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var action = ReadAction(turn.Activity);
        if (action is null)
        {
            return Task.FromResult(InvokeResponse.Error(400, "BadRequest", "The invoke carries no Action.Execute."));
        }

        if (action.Verb is not { Length: > 0 } verb || !_handlers.TryGetValue(verb, out var handler))
        {
            LogUnknownVerb(action.Verb);
            return Task.FromResult(InvokeResponse.Error(400, "UnknownVerb", $"This card action ('{action.Verb}') is not supported."));
        }

        var data = action.Data is { ValueKind: JsonValueKind.Object } objectData ? objectData : EmptyObject;
        return HandleAsync(handler, turn, data, cancellationToken);
    }

    private async Task<InvokeResponse> HandleAsync(IVerbHandler handler, TurnContext turn, JsonElement data, CancellationToken cancellationToken)
    {
        try
        {
            return await handler.HandleAsync(turn, data, cancellationToken);
        }
        catch (PortalUnavailableException exception)
        {
            // A card that needs the portal (the billing profiles) cannot be drawn; the handlers store nothing before drawing.
            LogPortalUnavailable(handler.Verb, exception.Message);
            return InvokeResponse.Error(503, "PortalUnavailable", PortalUnavailableAnswer);
        }
    }

    internal const string PortalUnavailableAnswer =
        "The provider's systems cannot be reached right now, so this step cannot go on. Nothing was changed: try again in a few minutes.";

    private static AdaptiveCardInvokeAction? ReadAction(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        try
        {
            var invoke = value.Deserialize(TeamsJsonContext.Default.AdaptiveCardInvokeValue);
            return invoke?.Action is { Type: "Action.Execute" } action ? action : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "The card action {Verb} could not go on: the portal is unavailable: {Reason}")]
    private partial void LogPortalUnavailable(string verb, string reason);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Refused a card action with an unknown verb {Verb}")]
    private partial void LogUnknownVerb(string? verb);
}
