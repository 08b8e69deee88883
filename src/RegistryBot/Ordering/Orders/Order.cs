namespace RegistryBot.Ordering.Orders;

/// <summary>
/// A placed order. Its status only changes through the guarded methods below, which refuse a move
/// the portal's life cycle does not allow and stamp the time of every change.
/// </summary>
public sealed class Order
{
    public required string Id { get; set; }

    public required string DraftId { get; set; }

    public required string TenantId { get; set; }

    public required string PlacedByUserId { get; set; }

    public string? PlacedByName { get; set; }

    public required OrderConversation Conversation { get; set; }

    public required OrderChoices Choices { get; set; }

    public required string AcceptedTermsVersion { get; set; }

    public string Status { get; set; } = OrderStatus.New;

    public List<StatusChange> History { get; set; } = [];

    public string? FailureReason { get; set; }

    /// <summary>The id of the last status card posted into the conversation, to update it in place.</summary>
    public string? StatusCardActivityId { get; set; }

    /// <summary>When the portal took the order; null until then, and the status job keeps offering it.</summary>
    public DateTime? SubmittedToPortalAt { get; set; }

    public DateTime PlacedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public static Order Place(string id, OrderPlacement placement, DateTime now) => new()
    {
        Id = id,
        DraftId = placement.DraftId,
        TenantId = placement.TenantId,
        PlacedByUserId = placement.UserId,
        PlacedByName = placement.UserName,
        Conversation = placement.Conversation,
        Choices = placement.Choices,
        AcceptedTermsVersion = placement.TermsVersion,
        StatusCardActivityId = placement.CardActivityId,
        Status = OrderStatus.New,
        History = [new StatusChange { Status = OrderStatus.New, At = now }],
        PlacedAt = now,
        UpdatedAt = now,
    };

    public void StartProcessing(DateTime at) => MoveTo(OrderStatus.Processing, at, null, OrderStatus.New);

    public void MarkDone(DateTime at) => MoveTo(OrderStatus.Done, at, null, OrderStatus.New, OrderStatus.Processing);

    public void MarkFailed(string reason, DateTime at)
    {
        MoveTo(OrderStatus.Failed, at, reason, OrderStatus.New, OrderStatus.Processing);
        FailureReason = reason;
    }

    /// <summary>The order as it stood when it reached <paramref name="status"/>, so a late notification still tells its own moment.</summary>
    public Order AsOf(string status)
    {
        var index = History.FindLastIndex(change => change.Status == status);
        if (index < 0 || index == History.Count - 1)
        {
            return this;
        }

        var snapshot = (Order)MemberwiseClone();
        snapshot.Status = status;
        snapshot.History = History.Take(index + 1).ToList();
        snapshot.FailureReason = status == OrderStatus.Failed ? FailureReason : null;
        snapshot.UpdatedAt = History[index].At;
        return snapshot;
    }

    public DateTime? ReachedAt(string status) => History.LastOrDefault(change => change.Status == status)?.At;

    /// <summary>Failed without ever processing: the portal refused the order when it was offered, so it has no record of it.</summary>
    public bool WasRefusedByPortal() => Status == OrderStatus.Failed && ReachedAt(OrderStatus.Processing) is null;

    private void MoveTo(string status, DateTime at, string? reason, params string[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
        {
            throw new InvalidOperationException($"Order {Id} cannot move from '{Status}' to '{status}'.");
        }

        Status = status;
        UpdatedAt = at;
        History.Add(new StatusChange { Status = status, At = at, Reason = reason });
    }
}
