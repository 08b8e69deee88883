using System.Text.Json.Nodes;

namespace RegistryBot.Cards.Templating;

/// <summary>What a binding sees: the whole data (<c>$root</c>) and the current item (<c>$data</c>, the default).</summary>
internal readonly record struct BindingScope(JsonNode? Root, JsonNode? Current);
