using System.Text.Json.Nodes;

namespace RegistryBot.Cards.Templating;

/// <summary>A compiled part of a card template. Immutable, so one template serves every thread.</summary>
internal abstract class TemplateNode
{
    /// <summary>A new node for <paramref name="scope"/>; null when a binding found no value.</summary>
    public abstract JsonNode? Bind(BindingScope scope);
}
