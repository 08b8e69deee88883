using System.Text.Json.Nodes;

namespace RegistryBot.Cards.Templating;

/// <summary>
/// One template expression, parsed once: <c>${a.b}</c> (from the current item), <c>${$root.a}</c>,
/// <c>${$data.a}</c>, and <c>${!a}</c> for the negation of its truthiness.
/// </summary>
internal sealed class BindingPath
{
    private readonly BindingPath? _negated;
    private readonly bool _fromRoot;
    private readonly string[] _segments;

    private BindingPath(BindingPath? negated, bool fromRoot, string[] segments)
    {
        _negated = negated;
        _fromRoot = fromRoot;
        _segments = segments;
    }

    public static BindingPath Parse(string expression)
    {
        var path = expression.Trim();
        if (path.StartsWith("${", StringComparison.Ordinal) && path.EndsWith('}'))
        {
            path = path[2..^1].Trim();
        }

        if (path.StartsWith('!'))
        {
            return new BindingPath(Parse(path[1..]), fromRoot: false, []);
        }

        var segments = path.Split('.');
        var fromRoot = segments[0] == "$root";
        return new BindingPath(null, fromRoot, fromRoot || segments[0] == "$data" ? segments[1..] : segments);
    }

    /// <summary>The value at this path (not a copy: clone it before putting it in a card), or null.</summary>
    public JsonNode? Evaluate(BindingScope scope)
    {
        if (_negated is not null)
        {
            return JsonValue.Create(!_negated.IsTruthy(scope));
        }

        var node = _fromRoot ? scope.Root : scope.Current;
        foreach (var segment in _segments)
        {
            node = node is JsonObject obj ? obj[segment] : null;
        }

        return node;
    }

    public bool IsTruthy(BindingScope scope) =>
        _negated is not null ? !_negated.IsTruthy(scope) : Truthiness.Of(Evaluate(scope));
}
