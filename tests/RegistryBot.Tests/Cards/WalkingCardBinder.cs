using System.Text;
using System.Text.Json.Nodes;

namespace RegistryBot.Tests.Cards;

/// <summary>
/// The binder cards had before templates were compiled: it walks the template's JSON on every bind.
/// Kept as the reference that <see cref="RegistryBot.Cards.CardTemplate"/> must agree with.
/// </summary>
internal static class WalkingCardBinder
{
    public static JsonObject Bind(JsonObject template, JsonObject data)
    {
        var scope = new BindingScope(data, data);
        return (JsonObject)BindNode(template, scope)!;
    }

    private static JsonNode? BindNode(JsonNode? node, BindingScope scope) => node switch
    {
        JsonObject obj => BindObject(obj, scope),
        JsonArray array => BindArray(array, scope),
        JsonValue value when value.TryGetValue<string>(out var text) => BindString(text, scope),
        _ => node?.DeepClone(),
    };

    private static JsonObject BindObject(JsonObject template, BindingScope scope)
    {
        var bound = new JsonObject();
        foreach (var (name, child) in template)
        {
            if (name is "$when" or "$data")
            {
                continue;
            }

            var value = BindNode(child, scope);
            if (value is not null || child is null)
            {
                bound[name] = value;
            }
        }

        return bound;
    }

    private static JsonArray BindArray(JsonArray template, BindingScope scope)
    {
        var bound = new JsonArray();
        foreach (var item in template)
        {
            foreach (var itemScope in ScopesFor(item, scope))
            {
                if (item is JsonObject obj && obj["$when"] is { } when && !IsTruthy(Evaluate(when.GetValue<string>(), itemScope)))
                {
                    continue;
                }

                bound.Add(BindNode(item, itemScope));
            }
        }

        return bound;
    }

    private static IEnumerable<BindingScope> ScopesFor(JsonNode? item, BindingScope scope)
    {
        if (item is not JsonObject obj || obj["$data"] is not { } dataExpression)
        {
            return [scope];
        }

        return Evaluate(dataExpression.GetValue<string>(), scope) switch
        {
            JsonArray items => items.Select(element => scope with { Current = element }),
            null => [],
            var single => [scope with { Current = single }],
        };
    }

    private static JsonNode? BindString(string text, BindingScope scope)
    {
        var start = text.IndexOf("${", StringComparison.Ordinal);
        if (start < 0)
        {
            return JsonValue.Create(text);
        }

        if (start == 0 && text.EndsWith('}') && text.IndexOf("${", 2, StringComparison.Ordinal) < 0)
        {
            return Evaluate(text, scope)?.DeepClone();
        }

        return JsonValue.Create(Interpolate(text, scope));
    }

    private static string Interpolate(string text, BindingScope scope)
    {
        var result = new StringBuilder(text.Length);
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf("${", position, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start);
            if (end < 0)
            {
                result.Append(text, position, text.Length - position);
                break;
            }

            result.Append(text, position, start - position);
            result.Append(AsText(Evaluate(text[start..(end + 1)], scope)));
            position = end + 1;
        }

        return result.ToString();
    }

    private static JsonNode? Evaluate(string expression, BindingScope scope)
    {
        var path = expression.Trim();
        if (path.StartsWith("${", StringComparison.Ordinal) && path.EndsWith('}'))
        {
            path = path[2..^1].Trim();
        }

        if (path.StartsWith('!'))
        {
            return JsonValue.Create(!IsTruthy(Evaluate(path[1..], scope)));
        }

        var segments = path.Split('.');
        var node = segments[0] == "$root" ? scope.Root : scope.Current;
        foreach (var segment in segments.Skip(segments[0] is "$root" or "$data" ? 1 : 0))
        {
            node = node is JsonObject obj ? obj[segment] : null;
        }

        return node;
    }

    private static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject => true,
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<string>(out var text) => text.Length > 0,
        JsonValue value when value.TryGetValue<double>(out var number) => number != 0,
        _ => true,
    };

    private static string AsText(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    private sealed record BindingScope(JsonNode? Root, JsonNode? Current);
}
