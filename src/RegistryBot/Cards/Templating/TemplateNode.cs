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
    /// give, serialised (null where it finds no value).
    /// </summary>
    public abstract void Write(Utf8JsonWriter writer, BindingScope scope);

    /// <summary>This node as the value of an object's property; a node that can find no value leaves the property out, as <see cref="Bind"/> does.</summary>
    public virtual void WriteProperty(Utf8JsonWriter writer, JsonEncodedText name, bool keepsNull, BindingScope scope)
    {
        writer.WritePropertyName(name);
        Write(writer, scope);
    }
}
