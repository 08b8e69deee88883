using System.Text.Json.Nodes;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>Activities as Teams sends them to the bot, as JSON a test may still change before sending.</summary>
public sealed class ActivityFactory(string serviceUrl, string botAppId)
{
    public const string BotName = "RegistryBot";

    public string BotId => $"28:{botAppId}";

    public string ServiceUrl => serviceUrl;

    public JsonObject Message(string text, TestConversation conversation)
    {
        var activity = Base("message", conversation);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary>A message that @mentions the bot before <paramref name="text"/>, as in a group chat or channel.</summary>
    public JsonObject MentioningMessage(string text, TestConversation conversation)
    {
        var mention = $"<at>{BotName}</at>";
        var activity = Message($"{mention} {text}", conversation);
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = mention,
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        });
        return activity;
    }

    public JsonObject BotAdded(TestConversation conversation)
    {
        var activity = Base("conversationUpdate", conversation);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        return activity;
    }

    public JsonObject InstallationUpdate(string action, TestConversation conversation)
    {
        var activity = Base("installationUpdate", conversation);
        activity["action"] = action;
        return activity;
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke, as sent when a user clicks a card button.</summary>
    public JsonObject CardAction(string verb, TestConversation conversation, string actionType = "Action.Execute")
    {
        var activity = Base("invoke", conversation);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = actionType,
                ["id"] = "action-1",
                ["verb"] = verb,
                ["data"] = new JsonObject(),
            },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>
    /// The <c>adaptiveCard/action</c> invoke Teams sends for a click on an Action.Execute: the verb, the
    /// action's data merged with the card's inputs, and <c>replyToId</c> naming the message of the card.
    /// </summary>
    public JsonObject Execute(string verb, JsonObject data, string? replyToId, TestConversation conversation)
    {
        var activity = Base("invoke", conversation);
        activity["name"] = "adaptiveCard/action";
        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = verb,
                ["data"] = data,
            },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public JsonObject OfType(string type, TestConversation conversation) => Base(type, conversation);

    private JsonObject Base(string type, TestConversation conversation) => new()
    {
        ["type"] = type,
        ["id"] = $"f:{Guid.NewGuid():N}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject
        {
            ["id"] = conversation.UserId,
            ["name"] = conversation.UserName,
            ["aadObjectId"] = conversation.UserAadObjectId,
        },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject
        {
            ["id"] = conversation.Id,
            ["conversationType"] = conversation.ConversationType,
            ["tenantId"] = conversation.TenantId,
            ["isGroup"] = conversation.ConversationType != "personal",
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = conversation.TenantId } },
        ["locale"] = "en-US",
    };
}
