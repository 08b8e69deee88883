using System.Text.Json;
using System.Text.Json.Nodes;

namespace RegistryBot.Cards.Templating;

/// <summary>An array with expressions below it: an element with <c>$data</c> repeats per item, one with <c>$when</c> is kept only when it holds.</summary>
internal sealed class ArrayNode(ArrayNode.Element[] elements) : TemplateNode
{
    public override JsonNode? Bind(BindingScope scope)
    {
        var bound = new JsonArray();
        ForEachKept(scope, bound, static (bound, element, itemScope) => bound.Add(element.Value.Bind(itemScope)));
        return bound;
    }

    public override void Write(Utf8JsonWriter writer, BindingScope scope)
    {
        writer.WriteStartArray();
        ForEachKept(scope, writer, static (writer, element, itemScope) => element.Value.Write(writer, itemScope));
        writer.WriteEndArray();
    }

    /// <summary>Each element that is kept, once per item of its <c>$data</c>, with the scope it binds in (the target passed along, so no closure is made per bind).</summary>
    private void ForEachKept<TTarget>(BindingScope scope, TTarget target, Action<TTarget, Element, BindingScope> keep)
    {
        foreach (var element in elements)
        {
            if (element.Data is null)
            {
                KeepIf(element, scope, target, keep);
                continue;
            }

            switch (element.Data.Evaluate(scope))
            {
                case JsonArray items:
                    foreach (var item in items)
                    {
                        KeepIf(element, scope with { Current = item }, target, keep);
                    }

                    break;
                case null:
                    break;
                case var single:
                    KeepIf(element, scope with { Current = single }, target, keep);
                    break;
            }
        }
    }

    private static void KeepIf<TTarget>(Element element, BindingScope scope, TTarget target, Action<TTarget, Element, BindingScope> keep)
    {
        if (element.When is null || element.When.IsTruthy(scope))
        {
            keep(target, element, scope);
        }
    }

    internal sealed record Element(TemplateNode Value, BindingPath? Data, BindingPath? When);
}
