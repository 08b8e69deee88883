using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RegistryBot.Cards.Templating;

/// <summary>
/// A string with expressions inside longer text: the text between them (one more piece than there
/// are expressions) and each value as text. A value is inserted as a string, never parsed again.
/// </summary>
internal sealed class InterpolatedNode(string[] texts, BindingPath[] paths) : TemplateNode
{
    private readonly int _textLength = texts.Sum(text => text.Length);

    public override JsonNode? Bind(BindingScope scope) => JsonValue.Create(Text(scope));

    public override void Write(Utf8JsonWriter writer, BindingScope scope) => writer.WriteStringValue(Text(scope));

    private string Text(BindingScope scope)
    {
        var result = new DefaultInterpolatedStringHandler(_textLength, paths.Length);
        for (var i = 0; i < paths.Length; i++)
        {
            result.AppendLiteral(texts[i]);
            result.AppendFormatted(AsText(paths[i].Evaluate(scope)));
        }

        result.AppendLiteral(texts[^1]);
        return result.ToStringAndClear();
    }

    private static string AsText(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };
}
