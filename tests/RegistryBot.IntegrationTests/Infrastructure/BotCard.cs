using System.Text.Json.Nodes;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>
/// An Adaptive Card as the user sees it in the chat, in the message <see cref="MessageId"/>: its text,
/// inputs and buttons, and what the order cards carry in their actions (<c>step</c>, <c>draftId</c>).
/// </summary>
public sealed class BotCard(string? messageId, JsonObject content)
{
    /// <summary>The id of the message showing the card; null for a card that came in an invoke answer without one.</summary>
    public string? MessageId { get; } = messageId;

    public JsonObject Content { get; } = content;

    public IReadOnlyList<string> Lines => CardText.Lines(Content);

    public IReadOnlyList<CardAction> Actions => Collect(Content, node => ((string?)node["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true)
        .Select(CardAction.From)
        .ToList();

    public IReadOnlyList<CardInput> Inputs => Collect(Content, node => ((string?)node["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && node["id"] is not null)
        .Select(CardInput.From)
        .ToList();

    /// <summary>The order step the card shows, as its own buttons name it (an Edit button names the step it edits, so it is skipped).</summary>
    public string? Step => StepAction?.DataField("step");

    public string? DraftId => StepAction?.DataField("draftId");

    /// <summary>The problems listed on the card: the text of its attention-coloured text blocks, one entry per paragraph.</summary>
    public IReadOnlyList<string> Errors => Collect(Content, node => (string?)node["type"] == "TextBlock" && string.Equals((string?)node["color"], "Attention", StringComparison.OrdinalIgnoreCase))
        .Select(node => (string?)node["text"] ?? string.Empty)
        .SelectMany(text => text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .ToList();

    /// <summary>For a status card: the status it shows (from "Status: **…**").</summary>
    public string? Status => Lines
        .FirstOrDefault(line => line.StartsWith("Status: ", StringComparison.Ordinal))?["Status: ".Length..]
        .Trim('*', ' ');

    /// <summary>For a status card: the order id from its title "Order ORD-…".</summary>
    public string? OrderId => Lines
        .FirstOrDefault(line => line.StartsWith("Order ORD-", StringComparison.Ordinal))?["Order ".Length..]
        .Trim();

    public CardInput Input(string id) =>
        Inputs.SingleOrDefault(input => input.Id == id) ?? throw new Xunit.Sdk.XunitException($"The card has no input '{id}'. {Describe()}");

    /// <summary>The value of a fact (FactSet) or of a summary row, by its title.</summary>
    public string? Fact(string title)
    {
        var facts = Collect(Content, node => node["title"] is not null && node["value"] is not null && node["type"] is null)
            .Where(node => (string?)node["title"] == title)
            .Select(node => (string?)node["value"]);
        var lines = Lines.ToList();
        var row = lines.IndexOf(title);
        return facts.FirstOrDefault() ?? (row >= 0 && row + 1 < lines.Count ? lines[row + 1] : null);
    }

    /// <summary>True when some visible text contains <paramref name="fragment"/>.</summary>
    public bool Says(string fragment) => Lines.Any(line => line.Contains(fragment, StringComparison.Ordinal));

    /// <summary>The one button with this verb (and, when given, this <c>step</c> in its data).</summary>
    public CardAction Action(string verb, string? step = null)
    {
        var matching = Actions.Where(action => action.Verb == verb && (step is null || action.DataField("step") == step)).ToList();
        return matching.Count == 1
            ? matching[0]
            : throw new Xunit.Sdk.XunitException($"Expected one '{verb}' button{(step is null ? string.Empty : $" for step '{step}'")} but found {matching.Count}. {Describe()}");
    }

    public bool HasAction(string verb) => Actions.Any(action => action.Verb == verb);

    public string Describe() =>
        $"Card (step {Step ?? "-"}): [{string.Join(" | ", Lines)}] buttons: [{string.Join("; ", Actions)}]";

    public override string ToString() => Describe();

    /// <summary>
    /// What the conversation contract promises of every card: an Adaptive Card of version 1.5 at most whose
    /// buttons talk to the bot only through Action.Execute.
    /// </summary>
    public BotCard FollowsContract()
    {
        Assert.Equal("AdaptiveCard", (string?)Content["type"]);
        Assert.True(
            Version.TryParse((string?)Content["version"], out var version) && version <= new Version(1, 5),
            $"Card version '{Content["version"]}' is not 1.5 or lower.");
        Assert.All(Actions, action => Assert.True(
            action.Type is "Action.Execute" or "Action.OpenUrl" or "Action.ShowCard" or "Action.ToggleVisibility",
            $"A card carries {action}; buttons that talk to the bot must be Action.Execute."));
        return this;
    }

    private CardAction? StepAction => Actions.FirstOrDefault(action =>
        action.Verb is "order.next" or "order.place" or "order.back" or "order.cancel" && action.DataField("step") is not null);

    private static IEnumerable<JsonObject> Collect(JsonNode? node, Func<JsonObject, bool> match)
    {
        switch (node)
        {
            case JsonObject obj:
                if (match(obj))
                {
                    yield return obj;
                }

                foreach (var (_, child) in obj)
                {
                    foreach (var found in Collect(child, match))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var found in Collect(child, match))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
