using System.Text.Json.Nodes;
using RegistryBot.Conversations;

namespace RegistryBot.Cards;

/// <summary>Binds the conversation-level cards (help, welcome) to their data.</summary>
public sealed class BotCards(CardTemplates templates, CommandCatalog commands)
{
    private const string Intro =
        "I order a managed Harbor private container registry for you and keep you posted until it is ready, right here in the chat.";

    public JsonObject Help(string? notice = null) => templates.Bind("help", new JsonObject
    {
        ["intro"] = Intro,
        ["notice"] = notice,
        ["commands"] = CommandList(),
    });

    public JsonObject Welcome(string? userName) => templates.Bind("welcome", new JsonObject
    {
        ["greeting"] = string.IsNullOrWhiteSpace(userName) ? Intro : $"Hello {userName}! {Intro}",
        ["commands"] = CommandList(),
    });

    private JsonArray CommandList() => new(commands.All
        .Select(command => (JsonNode)new JsonObject { ["usage"] = command.Usage, ["description"] = command.Description })
        .ToArray());
}
