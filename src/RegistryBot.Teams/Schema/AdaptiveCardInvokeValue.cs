using System.Text.Json;

namespace RegistryBot.Teams.Schema;

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke: the clicked Action.Execute.</summary>
public sealed class AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; set; }
    public string? Trigger { get; set; }
}

public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Verb { get; set; }

    /// <summary>The action's data merged with every input value of the card, by input id.</summary>
    public JsonElement? Data { get; set; }
}
