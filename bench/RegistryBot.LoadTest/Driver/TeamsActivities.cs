using System.Text.Json.Nodes;

namespace RegistryBot.LoadTest.Driver;

/// <summary>Activities as Teams sends them from a user's personal chat, with template slots for the per-turn values.</summary>
public sealed class TeamsActivities(string serviceUrl, UserIdentity user)
{
    public const string BotId = "28:registrybot-load";

    public JsonObject Message(string text)
    {
        var activity = Base("message");
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke: the card's action data merged with its inputs, as Teams sends a click on Action.Execute.</summary>
    public JsonObject Execute(string verb, string step, IReadOnlyDictionary<string, string> inputs)
    {
        var data = new JsonObject { ["draftId"] = ActivityTemplate.DraftIdSlot, ["step"] = step };
        foreach (var (id, value) in inputs)
        {
            data[id] = value;
        }

        var activity = Base("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = ActivityTemplate.ReplyToIdSlot;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    private JsonObject Base(string type) => new()
    {
        ["type"] = type,
        ["id"] = ActivityTemplate.ActivityIdSlot,
        ["timestamp"] = ActivityTemplate.TimestampSlot,
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = user.UserId, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "RegistryBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = user.ConversationId,
            ["conversationType"] = "personal",
            ["tenantId"] = user.TenantId,
            ["isGroup"] = false,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = user.TenantId } },
        ["locale"] = "en-US",
    };
}
