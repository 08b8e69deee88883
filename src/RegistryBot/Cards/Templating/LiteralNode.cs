using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RegistryBot.Cards.Templating;

/// <summary>A part of the template with no expression in it: every bind gets a copy of it as written.</summary>
internal sealed class LiteralNode(JsonNode? literal) : TemplateNode
{
    // Serialised once: written, it is copied as bytes.
    private readonly byte[] _utf8Json = Serialise(literal);

    public override JsonNode? Bind(BindingScope scope) => literal?.DeepClone();

    public override void Write(Utf8JsonWriter writer, BindingScope scope) => writer.WriteRawValue(_utf8Json, skipInputValidation: true);

    private static byte[] Serialise(JsonNode? literal)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ValueNode.WriteValue(writer, literal);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
