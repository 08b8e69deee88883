using System.Text.Json;
using RegistryBot.Audit;
using RegistryBot.Cards;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Waterfall;

/// <summary>
/// Decides whether a card action may touch its draft (conversation contract, "stale card"): the
/// draft must exist in this tenant and conversation, belong to the caller, be open, and be at the
/// step the card shows. Otherwise nothing changes and the caller gets the draft's current card,
/// the order it became, or a polite refusal.
/// </summary>
public sealed partial class DraftGuard(
    DraftStore drafts,
    OrderStore orders,
    StepCardRenderer stepCards,
    StatusCards statusCards,
    NoticeCards notices,
    AuditLog audit,
    ILogger<DraftGuard> logger)
{
    // Our draft ids are "DRF-" and 32 hex digits; anything much longer never came from our card.
    private const int MaxDraftIdLength = 64;

    public async Task<DraftAccess> CheckAsync(Caller caller, JsonElement data, string? expectedStep, CancellationToken cancellationToken)
    {
        var draftId = data.TryGetProperty("draftId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        if (string.IsNullOrEmpty(draftId) || draftId.Length > MaxDraftIdLength)
        {
            return DraftAccess.Refused(InvokeResponse.Error(400, "BadRequest", "This card carries no draftId."));
        }

        var draft = drafts.Find(draftId);
        if (draft is null || draft.TenantId != caller.TenantId || draft.ConversationId != caller.ConversationId)
        {
            LogUnknownDraft(draftId);
            if (draft is not null)
            {
                audit.Record(AuditKinds.ForeignDraft, caller, draftId, "a card action named a draft of another conversation or tenant");
            }

            return DraftAccess.Refused(InvokeResponse.Card(notices.DraftClosed()));
        }

        if (draft.UserId != caller.UserId)
        {
            LogOtherUsersDraft(draftId, caller.UserId);
            audit.Record(AuditKinds.CrossUserAction, caller, draftId, "pressed another member's order card");
            return DraftAccess.Refused(InvokeResponse.Message(
                $"This order form belongs to {draft.UserName ?? "another member"}, so only they can use its buttons. Type order to start your own."));
        }

        if (draft.State == DraftState.Placed && orders.FindByDraft(draft.Id) is { } order)
        {
            return DraftAccess.Refused(InvokeResponse.Card(statusCards.Status(order)));
        }

        if (draft.State != DraftState.Open)
        {
            return DraftAccess.Refused(await CurrentCardOfOpenDraftAsync(caller, cancellationToken));
        }

        if (expectedStep is not null && draft.CurrentStep != expectedStep)
        {
            return DraftAccess.Refused(await stepCards.AnswerAsync(draft, null, [], cancellationToken));
        }

        return DraftAccess.Granted(draft);
    }

    /// <summary>What a stale card gets once its draft moved on: the user's open draft as it stands now, if any.</summary>
    public async Task<InvokeResponse> CurrentCardOfOpenDraftAsync(Caller caller, CancellationToken cancellationToken)
    {
        var open = drafts.FindOpen(caller.ConversationId, caller.UserId);
        return open is null
            ? InvokeResponse.Card(notices.DraftClosed())
            : await stepCards.AnswerAsync(open, null, [], cancellationToken);
    }

    /// <summary>The answer after a save lost a race: the draft as the other turn left it.</summary>
    public async Task<InvokeResponse> AfterConflictAsync(Caller caller, string draftId, CancellationToken cancellationToken)
    {
        var draft = drafts.Find(draftId);
        if (draft?.State == DraftState.Placed && orders.FindByDraft(draftId) is { } order)
        {
            return InvokeResponse.Card(statusCards.Status(order));
        }

        return draft?.State == DraftState.Open
            ? await stepCards.AnswerAsync(draft, null, [], cancellationToken)
            : await CurrentCardOfOpenDraftAsync(caller, cancellationToken);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "A card action named draft {DraftId}, which is not in this conversation")]
    private partial void LogUnknownDraft(string draftId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Refused user {UserId} a card action on another user's draft {DraftId}")]
    private partial void LogOtherUsersDraft(string draftId, string userId);
}
