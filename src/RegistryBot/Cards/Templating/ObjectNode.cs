using System.Text.Json;
using System.Text.Json.Nodes;

namespace RegistryBot.Cards.Templating;

/// <summary>An object with expressions below it. A property whose binding found no value is left out; a literal null stays.</summary>
internal sealed class ObjectNode(ObjectNode.Property[] properties) : TemplateNode
{
    public override JsonNode? Bind(BindingScope scope)
    {
        var bound = new JsonObject();
        foreach (var property in properties)
        {
            var value = property.Value.Bind(scope);
            if (value is not null || property.KeepsNull)
            {
                bound.Add(property.Name, value);
            }
        }

        return bound;
    }

    public override void Write(Utf8JsonWriter writer, BindingScope scope)
    {
        writer.WriteStartObject();
        foreach (var property in properties)
        {
            property.Value.WriteProperty(writer, property.EncodedName, property.KeepsNull, scope);
        }

        writer.WriteEndObject();
    }

    internal sealed record Property(string Name, TemplateNode Value, bool KeepsNull)
    {
        // Escaped once, not on every write.
        public JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(Name);
    }
}
