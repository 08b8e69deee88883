using System.Text.Json;
using System.Text.Json.Nodes;

namespace RegistryBot.Cards.Templating;

/// <summary>A compiled part of a card template. Immutable, so one template serves every thread.</summary>
internal abstract class TemplateNode
{
    /// <summary>A new node for <paramref name="scope"/>; null when a binding found no value.</summary>
    public abstract JsonNode? Bind(BindingScope scope);

    /// <summary>
    /// The same card written straight to JSON, without building nodes: what <see cref="Bind"/> would
    /// give, serialised. Where <see cref="Bind"/> finds no value it writes null; an object leaves such
    /// a property out before writing its name (<see cref="ObjectNode"/>).
    /// </summary>
    public abstract void Write(Utf8JsonWriter writer, BindingScope scope);
}
