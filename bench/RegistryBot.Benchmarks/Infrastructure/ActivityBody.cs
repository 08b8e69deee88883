using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace RegistryBot.Benchmarks.Infrastructure;

/// <summary>
/// An activity as Teams sends it from a personal chat, serialised once; the activity id, the
/// conversation (which also names the user) and the draft id are filled in per send.
/// </summary>
public sealed class ActivityBody
{
    private const string IdSlot = "@@id@@";
    private const string ConversationSlot = "@@conversation@@";
    private const string DraftSlot = "@@draft@@";

    private readonly string _json;

    private ActivityBody(JsonObject activity) => _json = activity.ToJsonString();

    public static ActivityBody Message(string text)
    {
        var activity = Base("message");
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return new ActivityBody(activity);
    }

    public static ActivityBody Invoke(string verb, string step, params (string Id, string Value)[] inputs)
    {
        var data = new JsonObject { ["draftId"] = DraftSlot, ["step"] = step };
        foreach (var (id, value) in inputs)
        {
            data[id] = value;
        }

        var activity = Base("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "1";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return new ActivityBody(activity);
    }

    public byte[] Render(long activityId, string conversation, string draftId = "") =>
        Encoding.UTF8.GetBytes(_json
            .Replace(IdSlot, activityId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(ConversationSlot, conversation, StringComparison.Ordinal)
            .Replace(DraftSlot, draftId, StringComparison.Ordinal));

    private static JsonObject Base(string type) => new()
    {
        ["type"] = type,
        ["id"] = IdSlot,
        ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:" + ConversationSlot, ["name"] = "Bench User", ["aadObjectId"] = ConversationSlot },
        ["recipient"] = new JsonObject { ["id"] = "28:registrybot-bench", ["name"] = "RegistryBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = "a:" + ConversationSlot,
            ["conversationType"] = "personal",
            ["tenantId"] = "bench-tenant",
            ["isGroup"] = false,
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "bench-tenant" } },
        ["locale"] = "en-US",
    };
}
