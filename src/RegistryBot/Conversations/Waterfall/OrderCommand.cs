using RegistryBot.Ordering.Drafts;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Waterfall;

/// <summary><c>order</c>: the first step's card as a new message, or the open draft's current card.</summary>
public sealed class OrderCommand(DraftStore drafts, OrderWaterfall waterfall, StepCardRenderer cards) : ICommand
{
    public string Name => "order";

    public async Task HandleAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var caller = Caller.From(turn.Activity);
        var draft = await drafts.OpenOrCreateAsync(caller.ConversationId, caller.UserId, () => new OrderDraft
        {
            // Time-ordered (and still unguessable): new drafts append to the id index instead of landing anywhere in it.
            Id = "DRF-" + Guid.CreateVersion7().ToString("N"),
            OwnerKey = OrderDraft.OwnerKeyOf(caller.ConversationId, caller.UserId),
            ConversationId = caller.ConversationId,
            TenantId = caller.TenantId,
            UserId = caller.UserId,
            UserName = caller.UserName,
            CurrentStep = waterfall.FirstStep,
        });

        var card = await cards.RenderAsync(draft, null, [], cancellationToken);
        await turn.ReplyAsync(OutboundActivity.FromCard(card, "Order a managed Harbor registry"), cancellationToken);
    }
}
