using System.Text.Json.Nodes;

namespace RegistryBot.Cards.Templating;

/// <summary>A part of the template with no expression in it: every bind gets a copy of it as written.</summary>
internal sealed class LiteralNode(JsonNode? literal) : TemplateNode
{
    public override JsonNode? Bind(BindingScope scope) => literal?.DeepClone();
}
