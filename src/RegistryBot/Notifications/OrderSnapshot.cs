using RegistryBot.Ordering.Orders;

namespace RegistryBot.Notifications;

/// <summary>An order as it stood when it reached a status, so a late notification still tells its own moment.</summary>
public static class OrderSnapshot
{
    public static Order AsOf(Order order, string status)
    {
        var index = order.History.FindLastIndex(change => change.Status == status);
        if (index < 0 || index == order.History.Count - 1)
        {
            return order;
        }

        return new Order
        {
            Id = order.Id,
            DraftId = order.DraftId,
            TenantId = order.TenantId,
            PlacedByUserId = order.PlacedByUserId,
            PlacedByName = order.PlacedByName,
            Conversation = order.Conversation,
            Choices = order.Choices,
            AcceptedTermsVersion = order.AcceptedTermsVersion,
            Status = status,
            History = order.History.Take(index + 1).ToList(),
            FailureReason = status == OrderStatus.Failed ? order.FailureReason : null,
            StatusCardActivityId = order.StatusCardActivityId,
            SubmittedToPortalAt = order.SubmittedToPortalAt,
            PlacedAt = order.PlacedAt,
            UpdatedAt = order.History[index].At,
        };
    }
}
