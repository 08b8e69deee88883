using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>Reads what the tests need from the bot's Adaptive Cards: the actions, the order step, the draft and order ids.</summary>
public static partial class CardReader
{
    public static IEnumerable<JsonObject> Actions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((string?)obj["type"] == "Action.Execute")
                {
                    yield return obj;
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var action in Actions(child))
                    {
                        yield return action;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var action in Actions(item))
                    {
                        yield return action;
                    }
                }

                break;
        }
    }

    public static JsonObject? Action(JsonNode? card, string verb) =>
        Actions(card).FirstOrDefault(action => (string?)action["verb"] == verb);

    /// <summary>The order step a card shows: its Next button's step, or <c>summary</c> when it has Order now.</summary>
    public static string? StepOf(JsonNode? card) =>
        Action(card, "order.place") is not null
            ? "summary"
            : (string?)Action(card, "order.next")?["data"]?["step"];

    public static string? DraftIdOf(JsonNode? card) =>
        Actions(card).Select(action => (string?)action["data"]?["draftId"]).FirstOrDefault(id => id is not null);

    /// <summary>The order a status card shows (its refresh button names it).</summary>
    public static string? OrderIdOf(JsonNode? card) => (string?)Action(card, "status.refresh")?["data"]?["orderId"];

    /// <summary>The JSON with every order, draft and ticket-request id replaced by a placeholder.</summary>
    public static string WithoutIds(string json, params string[] ids)
    {
        foreach (var id in ids.Where(id => id.Length > 0))
        {
            json = json.Replace(id, "<id>", StringComparison.Ordinal);
        }

        return IdPattern().Replace(json, "<id>");
    }

    [GeneratedRegex("ORD-[0-9A-Z]{14}|DRF-[0-9a-f]{32}|TRQ-[0-9a-f]{32}")]
    private static partial Regex IdPattern();
}
