using System.Text.Json;
using System.Text.Json.Nodes;
using RegistryBot.Cards.Templating;

namespace RegistryBot.Cards;

/// <summary>
/// A card template, compiled once and bound to data many times, with a small subset of the Adaptive
/// Card Templating language (https://learn.microsoft.com/adaptive-cards/templating/language):
/// <c>"${path}"</c> alone in a string takes the value with its JSON type (array, number, bool);
/// <c>${path}</c> inside a longer string is interpolated as text; <c>"$data": "${path}"</c> on an
/// array element repeats it per item; <c>"$when": "${path}"</c> (or <c>${!path}</c>) keeps an
/// element only when the value is truthy. Paths are dotted; <c>$root</c> is the whole data.
/// Values are inserted as JSON nodes, so user text can never break the card's structure.
/// Safe to bind from many threads at once.
/// </summary>
public sealed class CardTemplate
{
    private readonly TemplateNode _root;

    private CardTemplate(TemplateNode root) => _root = root;

    /// <summary>Compiles a copy of <paramref name="template"/>: changing it afterwards changes nothing here.</summary>
    public static CardTemplate Compile(JsonObject template) => new(TemplateCompiler.Compile(template.DeepClone()));

    /// <summary>A new card: the template bound to <paramref name="data"/>, which is copied from, never shared.</summary>
    public JsonObject Bind(JsonObject data) => (JsonObject)_root.Bind(new BindingScope(data, data))!;

    /// <summary>The card <see cref="Bind"/> makes, written straight to <paramref name="writer"/> as JSON, without building it.</summary>
    public void Write(Utf8JsonWriter writer, JsonObject data) => _root.Write(writer, new BindingScope(data, data));
}
