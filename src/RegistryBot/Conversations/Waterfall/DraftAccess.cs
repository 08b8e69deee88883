using RegistryBot.Ordering.Drafts;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Waterfall;

/// <summary>Either the caller's open draft, ready for the action, or the answer to give instead.</summary>
public sealed record DraftAccess(OrderDraft? Draft, InvokeResponse? Answer)
{
    public static DraftAccess Granted(OrderDraft draft) => new(draft, null);

    public static DraftAccess Refused(InvokeResponse answer) => new(null, answer);
}
