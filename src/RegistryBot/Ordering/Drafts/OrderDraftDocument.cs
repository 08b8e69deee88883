using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Ordering.Drafts;

/// <summary>
/// A draft as a LiteDB document, written out field by field: every turn saves its draft, and
/// LiteDB's mapper reaches each property through a delegate built from an expression tree, which an
/// ahead-of-time build can only interpret. The fields and their names are the reflection mapper's,
/// so data files written by either read the same (<c>OrderDraftDocumentTests</c>).
/// </summary>
public static class OrderDraftDocument
{
    public static BsonValue Write(OrderDraft draft)
    {
        var document = new BsonDocument
        {
            ["_id"] = draft.Id,
            [nameof(OrderDraft.OwnerKey)] = draft.OwnerKey,
            [nameof(OrderDraft.ConversationId)] = draft.ConversationId,
            [nameof(OrderDraft.TenantId)] = draft.TenantId,
            [nameof(OrderDraft.UserId)] = draft.UserId,
        };
        document.SetIfNotNull(nameof(OrderDraft.UserName), draft.UserName);
        document[nameof(OrderDraft.State)] = draft.State.ToString();
        document[nameof(OrderDraft.CurrentStep)] = draft.CurrentStep;
        document[nameof(OrderDraft.ReturnToSummary)] = draft.ReturnToSummary;
        document[nameof(OrderDraft.Version)] = draft.Version;
        document.SetIfNotNull(nameof(OrderDraft.ServiceType), draft.ServiceType);
        document.SetIfNotNull(nameof(OrderDraft.NodeSize), draft.NodeSize);
        document.SetIfNotNull(nameof(OrderDraft.StorageGb), draft.StorageGb);
        document[nameof(OrderDraft.TrustedSources)] = draft.TrustedSources.ToBsonArray();
        document[nameof(OrderDraft.TrustedSourceWarnings)] = draft.TrustedSourceWarnings.ToBsonArray();
        document.SetIfNotNull(nameof(OrderDraft.Region), draft.Region);
        document.SetIfNotNull(nameof(OrderDraft.BillingProfileId), draft.BillingProfileId);
        document.SetIfNotNull(nameof(OrderDraft.NewBilling), NewBillingProfileDocument.Write(draft.NewBilling));
        document.SetIfNotNull(nameof(OrderDraft.OrderId), draft.OrderId);
        document[nameof(OrderDraft.CreatedAt)] = draft.CreatedAt;
        document[nameof(OrderDraft.UpdatedAt)] = draft.UpdatedAt;
        // The reflection mapper writes computed properties too; kept, so both write the same document.
        document[nameof(OrderDraft.WantsNewBillingProfile)] = draft.WantsNewBillingProfile;
        return document;
    }

    public static OrderDraft Read(BsonValue value)
    {
        var document = value.AsDocument;
        var draft = new OrderDraft
        {
            Id = document.Text("_id")!,
            OwnerKey = document.Text(nameof(OrderDraft.OwnerKey))!,
            ConversationId = document.Text(nameof(OrderDraft.ConversationId))!,
            TenantId = document.Text(nameof(OrderDraft.TenantId))!,
            UserId = document.Text(nameof(OrderDraft.UserId))!,
            UserName = document.Text(nameof(OrderDraft.UserName)),
            CurrentStep = document.Text(nameof(OrderDraft.CurrentStep))!,
            ServiceType = document.Text(nameof(OrderDraft.ServiceType)),
            NodeSize = document.Text(nameof(OrderDraft.NodeSize)),
            StorageGb = document.Field(nameof(OrderDraft.StorageGb))?.AsInt32,
            Region = document.Text(nameof(OrderDraft.Region)),
            BillingProfileId = document.Text(nameof(OrderDraft.BillingProfileId)),
            NewBilling = document.Field(nameof(OrderDraft.NewBilling)) is { } billing ? NewBillingProfileDocument.Read(billing) : null,
            OrderId = document.Text(nameof(OrderDraft.OrderId)),
        };
        if (document.Field(nameof(OrderDraft.State)) is { } state)
        {
            draft.State = Enum.Parse<DraftState>(state.AsString);
        }

        draft.ReturnToSummary = document.Field(nameof(OrderDraft.ReturnToSummary))?.AsBoolean ?? false;
        draft.Version = document.Field(nameof(OrderDraft.Version))?.AsInt32 ?? 0;
        if (document.Field(nameof(OrderDraft.TrustedSources)) is { } sources)
        {
            draft.TrustedSources = sources.ToStringList();
        }

        if (document.Field(nameof(OrderDraft.TrustedSourceWarnings)) is { } warnings)
        {
            draft.TrustedSourceWarnings = warnings.ToStringList();
        }

        draft.CreatedAt = document.Field(nameof(OrderDraft.CreatedAt))?.AsDateTime ?? default;
        draft.UpdatedAt = document.Field(nameof(OrderDraft.UpdatedAt))?.AsDateTime ?? default;
        return draft;
    }
}
