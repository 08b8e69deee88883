using System.Text.Json;
using System.Text.Json.Nodes;

namespace RegistryBot.Cards.Templating;

/// <summary><c>"${path}"</c> alone in a string: the value with its JSON type (array, number, bool), copied.</summary>
internal sealed class ValueNode(BindingPath path) : TemplateNode
{
    public override JsonNode? Bind(BindingScope scope) => path.Evaluate(scope)?.DeepClone();

    public override void Write(Utf8JsonWriter writer, BindingScope scope) => WriteValue(writer, path.Evaluate(scope));

    public override void WriteProperty(Utf8JsonWriter writer, JsonEncodedText name, bool keepsNull, BindingScope scope)
    {
        var value = path.Evaluate(scope);
        if (value is not null || keepsNull)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }
    }

    public static void WriteValue(Utf8JsonWriter writer, JsonNode? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }
}
