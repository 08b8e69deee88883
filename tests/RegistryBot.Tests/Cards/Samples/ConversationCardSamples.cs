using RegistryBot.Cards;

namespace RegistryBot.Tests.Cards.Samples;

/// <summary>The cards outside an order: help, welcome and notices.</summary>
internal sealed class ConversationCardSamples(BotCards botCards, NoticeCards notices)
{
    public IReadOnlyList<BoundCard> Build() =>
    [
        new("help", "help", botCards.Help()),
        new("help-with-notice", "help", botCards.Help("'ticket' is coming soon.")),
        new("welcome-named", "welcome", botCards.Welcome("Dana Whitfield")),
        new("welcome-anonymous", "welcome", botCards.Welcome(null)),
        new("notice", "notice", notices.Notice("Order not found", "I cannot find an order ORD-7K2M9QX4TB that you can see here. Type **status** to list your orders.")),
        new("notice-draft-cancelled", "notice", notices.DraftCancelled()),
        new("notice-draft-closed", "notice", notices.DraftClosed()),
    ];
}
