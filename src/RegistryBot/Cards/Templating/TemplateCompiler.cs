using System.Text.Json.Nodes;

namespace RegistryBot.Cards.Templating;

/// <summary>
/// Turns a template's JSON into <see cref="TemplateNode"/>s once, so binding no longer searches
/// every string for expressions nor parses a path on every use. Whatever holds no expression is
/// kept as a literal, copied whole when bound.
/// </summary>
internal static class TemplateCompiler
{
    private const string Data = "$data";
    private const string When = "$when";
    private const string ExpressionStart = "${";

    public static TemplateNode Compile(JsonNode? node) => IsLiteral(node) ? new LiteralNode(node) : node switch
    {
        JsonObject obj => CompileObject(obj),
        JsonArray array => CompileArray(array),
        _ => CompileString(node!.GetValue<string>()),
    };

    private static ObjectNode CompileObject(JsonObject template) =>
        new(template
            .Where(property => property.Key is not (Data or When))
            .Select(property => new ObjectNode.Property(property.Key, Compile(property.Value), KeepsNull: property.Value is null))
            .ToArray());

    private static ArrayNode CompileArray(JsonArray template) =>
        new(template
            .Select(element => new ArrayNode.Element(Compile(element), PathOf(element, Data), PathOf(element, When)))
            .ToArray());

    private static BindingPath? PathOf(JsonNode? element, string keyword) =>
        element is JsonObject obj && obj[keyword] is { } expression ? BindingPath.Parse(expression.GetValue<string>()) : null;

    private static TemplateNode CompileString(string text)
    {
        var start = text.IndexOf(ExpressionStart, StringComparison.Ordinal);
        if (start == 0 && text.EndsWith('}') && text.IndexOf(ExpressionStart, 2, StringComparison.Ordinal) < 0)
        {
            return new ValueNode(BindingPath.Parse(text));
        }

        var texts = new List<string>();
        var paths = new List<BindingPath>();
        var position = 0;
        while (true)
        {
            start = text.IndexOf(ExpressionStart, position, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start);
            if (end < 0)
            {
                texts.Add(text[position..]);
                break;
            }

            texts.Add(text[position..start]);
            paths.Add(BindingPath.Parse(text[start..(end + 1)]));
            position = end + 1;
        }

        return new InterpolatedNode([.. texts], [.. paths]);
    }

    private static bool IsLiteral(JsonNode? node) => node switch
    {
        null => true,
        JsonObject obj => !obj.ContainsKey(Data) && !obj.ContainsKey(When) && obj.All(property => IsLiteral(property.Value)),
        JsonArray array => array.All(IsLiteral),
        JsonValue value => !value.TryGetValue<string>(out var text) || !text.Contains(ExpressionStart, StringComparison.Ordinal),
        _ => true,
    };
}
