using System.Text.Json.Nodes;

namespace RegistryBot.Cards.Templating;

/// <summary><c>"${path}"</c> alone in a string: the value with its JSON type (array, number, bool), copied.</summary>
internal sealed class ValueNode(BindingPath path) : TemplateNode
{
    public override JsonNode? Bind(BindingScope scope) => path.Evaluate(scope)?.DeepClone();
}
