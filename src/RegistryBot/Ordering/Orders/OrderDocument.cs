using LiteDB;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Storage;

namespace RegistryBot.Ordering.Orders;

/// <summary>
/// An order as a LiteDB document, written out field by field for the reason
/// <see cref="OrderDraftDocument"/> gives; the same fields and names as LiteDB's reflection mapper
/// (<c>OrderDocumentTests</c>).
/// </summary>
public static class OrderDocument
{
    public static BsonValue Write(Order order)
    {
        var document = new BsonDocument
        {
            ["_id"] = order.Id,
            [nameof(Order.DraftId)] = order.DraftId,
            [nameof(Order.TenantId)] = order.TenantId,
            [nameof(Order.PlacedByUserId)] = order.PlacedByUserId,
        };
        document.SetIfNotNull(nameof(Order.PlacedByName), order.PlacedByName);
        document[nameof(Order.Conversation)] = WriteConversation(order.Conversation);
        document[nameof(Order.Choices)] = WriteChoices(order.Choices);
        document[nameof(Order.AcceptedTermsVersion)] = order.AcceptedTermsVersion;
        document[nameof(Order.Status)] = order.Status;
        document[nameof(Order.History)] = new BsonArray(order.History.ConvertAll(change => (BsonValue)WriteChange(change)));
        document.SetIfNotNull(nameof(Order.FailureReason), order.FailureReason);
        document.SetIfNotNull(nameof(Order.StatusCardActivityId), order.StatusCardActivityId);
        document.SetIfNotNull(nameof(Order.SubmittedToPortalAt), order.SubmittedToPortalAt);
        document[nameof(Order.PlacedAt)] = order.PlacedAt;
        document[nameof(Order.UpdatedAt)] = order.UpdatedAt;
        return document;
    }

    public static Order Read(BsonValue value)
    {
        var document = value.AsDocument;
        var order = new Order
        {
            Id = document.Text("_id")!,
            DraftId = document.Text(nameof(Order.DraftId))!,
            TenantId = document.Text(nameof(Order.TenantId))!,
            PlacedByUserId = document.Text(nameof(Order.PlacedByUserId))!,
            PlacedByName = document.Text(nameof(Order.PlacedByName)),
            Conversation = document.Field(nameof(Order.Conversation)) is { } conversation ? ReadConversation(conversation) : null!,
            Choices = document.Field(nameof(Order.Choices)) is { } choices ? ReadChoices(choices) : null!,
            AcceptedTermsVersion = document.Text(nameof(Order.AcceptedTermsVersion))!,
            FailureReason = document.Text(nameof(Order.FailureReason)),
            StatusCardActivityId = document.Text(nameof(Order.StatusCardActivityId)),
            SubmittedToPortalAt = document.Field(nameof(Order.SubmittedToPortalAt))?.AsDateTime,
        };
        order.Status = document.Text(nameof(Order.Status)) ?? order.Status;
        if (document.Field(nameof(Order.History)) is { } history)
        {
            order.History = history.AsArray.Select(ReadChange).ToList();
        }

        order.PlacedAt = document.Field(nameof(Order.PlacedAt))?.AsDateTime ?? default;
        order.UpdatedAt = document.Field(nameof(Order.UpdatedAt))?.AsDateTime ?? default;
        return order;
    }

    private static BsonDocument WriteConversation(OrderConversation conversation)
    {
        var document = new BsonDocument { [nameof(OrderConversation.ConversationId)] = conversation.ConversationId };
        document.SetIfNotNull(nameof(OrderConversation.ConversationType), conversation.ConversationType);
        document[nameof(OrderConversation.ServiceUrl)] = conversation.ServiceUrl;
        document.SetIfNotNull(nameof(OrderConversation.ChannelId), conversation.ChannelId);
        document.SetIfNotNull(nameof(OrderConversation.BotId), conversation.BotId);
        document.SetIfNotNull(nameof(OrderConversation.BotName), conversation.BotName);
        return document;
    }

    private static OrderConversation ReadConversation(BsonValue value)
    {
        var document = value.AsDocument;
        var conversation = new OrderConversation
        {
            ConversationType = document.Text(nameof(OrderConversation.ConversationType)),
            ChannelId = document.Text(nameof(OrderConversation.ChannelId)),
            BotId = document.Text(nameof(OrderConversation.BotId)),
            BotName = document.Text(nameof(OrderConversation.BotName)),
        };
        conversation.ConversationId = document.Text(nameof(OrderConversation.ConversationId)) ?? conversation.ConversationId;
        conversation.ServiceUrl = document.Text(nameof(OrderConversation.ServiceUrl)) ?? conversation.ServiceUrl;
        return conversation;
    }

    private static BsonDocument WriteChoices(OrderChoices choices)
    {
        var document = new BsonDocument
        {
            [nameof(OrderChoices.ServiceType)] = choices.ServiceType,
            [nameof(OrderChoices.NodeSize)] = choices.NodeSize,
            [nameof(OrderChoices.StorageGb)] = choices.StorageGb,
            [nameof(OrderChoices.TrustedSources)] = choices.TrustedSources.ToBsonArray(),
            [nameof(OrderChoices.Region)] = choices.Region,
            [nameof(OrderChoices.BillingProfileId)] = choices.BillingProfileId,
        };
        document.SetIfNotNull(nameof(OrderChoices.BillingProfileName), choices.BillingProfileName);
        document.SetIfNotNull(nameof(OrderChoices.NewBilling), NewBillingProfileDocument.Write(choices.NewBilling));
        return document;
    }

    private static OrderChoices ReadChoices(BsonValue value)
    {
        var document = value.AsDocument;
        var choices = new OrderChoices
        {
            BillingProfileName = document.Text(nameof(OrderChoices.BillingProfileName)),
            NewBilling = document.Field(nameof(OrderChoices.NewBilling)) is { } billing ? NewBillingProfileDocument.Read(billing) : null,
        };
        choices.ServiceType = document.Text(nameof(OrderChoices.ServiceType)) ?? choices.ServiceType;
        choices.NodeSize = document.Text(nameof(OrderChoices.NodeSize)) ?? choices.NodeSize;
        choices.StorageGb = document.Field(nameof(OrderChoices.StorageGb))?.AsInt32 ?? 0;
        if (document.Field(nameof(OrderChoices.TrustedSources)) is { } sources)
        {
            choices.TrustedSources = sources.ToStringList();
        }

        choices.Region = document.Text(nameof(OrderChoices.Region)) ?? choices.Region;
        choices.BillingProfileId = document.Text(nameof(OrderChoices.BillingProfileId)) ?? choices.BillingProfileId;
        return choices;
    }

    private static BsonDocument WriteChange(StatusChange change)
    {
        var document = new BsonDocument
        {
            [nameof(StatusChange.Status)] = change.Status,
            [nameof(StatusChange.At)] = change.At,
        };
        document.SetIfNotNull(nameof(StatusChange.Reason), change.Reason);
        return document;
    }

    private static StatusChange ReadChange(BsonValue value)
    {
        var document = value.AsDocument;
        var change = new StatusChange { Reason = document.Text(nameof(StatusChange.Reason)) };
        change.Status = document.Text(nameof(StatusChange.Status)) ?? change.Status;
        change.At = document.Field(nameof(StatusChange.At))?.AsDateTime ?? default;
        return change;
    }
}
