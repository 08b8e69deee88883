using System.Text.Json.Nodes;

namespace RegistryBot.Cards.Templating;

/// <summary>An array with expressions below it: an element with <c>$data</c> repeats per item, one with <c>$when</c> is kept only when it holds.</summary>
internal sealed class ArrayNode(ArrayNode.Element[] elements) : TemplateNode
{
    public override JsonNode? Bind(BindingScope scope)
    {
        var bound = new JsonArray();
        foreach (var element in elements)
        {
            if (element.Data is null)
            {
                Add(bound, element, scope);
                continue;
            }

            switch (element.Data.Evaluate(scope))
            {
                case JsonArray items:
                    foreach (var item in items)
                    {
                        Add(bound, element, scope with { Current = item });
                    }

                    break;
                case null:
                    break;
                case var single:
                    Add(bound, element, scope with { Current = single });
                    break;
            }
        }

        return bound;
    }

    private static void Add(JsonArray bound, Element element, BindingScope scope)
    {
        if (element.When is null || element.When.IsTruthy(scope))
        {
            bound.Add(element.Value.Bind(scope));
        }
    }

    internal sealed record Element(TemplateNode Value, BindingPath? Data, BindingPath? When);
}
