using System.Text.Json.Nodes;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>Activities as Teams sends them to the bot, as JSON a test may still change before sending.</summary>
public sealed class Activities(string serviceUrl, string botAppId)
{
    public const string BotName = "RegistryBot";

    public string BotId => $"28:{botAppId}";

    public string ServiceUrl => serviceUrl;

    public JsonObject Message(string text, Member member)
    {
        var activity = Base("message", member);
        activity["text"] = member.IsPersonal ? text : $"<at>{BotName}</at> {text}";
        activity["textFormat"] = "plain";
        if (!member.IsPersonal)
        {
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = $"<at>{BotName}</at>",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            });
        }

        return activity;
    }

    /// <summary>The <c>adaptiveCard/action</c> invoke a click on an Action.Execute sends.</summary>
    public JsonObject Execute(string verb, JsonObject data, string? replyToId, Member member)
    {
        var activity = Base("invoke", member);
        activity["name"] = "adaptiveCard/action";
        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public JsonObject OfType(string type, Member member) => Base(type, member);

    public JsonObject Base(string type, Member member) => new()
    {
        ["type"] = type,
        ["id"] = $"f:{Guid.NewGuid():N}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = member.UserId, ["name"] = member.UserName, ["aadObjectId"] = member.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject
        {
            ["id"] = member.ConversationId,
            ["conversationType"] = member.ConversationType,
            ["tenantId"] = member.TenantId,
            ["isGroup"] = !member.IsPersonal,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = member.TenantId } },
        ["locale"] = "en-US",
    };
}
