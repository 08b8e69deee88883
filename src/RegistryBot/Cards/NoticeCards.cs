using System.Text.Json.Nodes;

namespace RegistryBot.Cards;

/// <summary>Short cards that only say something: a cancelled or closed order form, a refusal.</summary>
public sealed class NoticeCards(CardTemplates templates)
{
    public JsonObject Notice(string title, string text) =>
        templates.Bind("notice", new JsonObject { ["title"] = title, ["text"] = text });

    public JsonObject DraftCancelled() =>
        Notice("Order cancelled", "Your order form was discarded; nothing was ordered. Type **order** whenever you want to start again.");

    public JsonObject DraftClosed() =>
        Notice("This order form is closed", "It was cancelled or replaced by a newer one. Type **order** to continue with your open order or start a new one.");
}
