using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace RegistryBot.Cards;

/// <summary>
/// The card templates of the <c>cards/</c> folder beside the app, compiled once at start-up;
/// file name without extension = template name.
/// </summary>
public sealed class CardTemplates
{
    private readonly FrozenDictionary<string, CardTemplate> _templates;

    public CardTemplates(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The card templates folder '{folder}' does not exist.");
        }

        _templates = Directory.EnumerateFiles(folder, "*.json")
            .ToFrozenDictionary(
                file => Path.GetFileNameWithoutExtension(file),
                file => CardTemplate.Compile(JsonNode.Parse(File.ReadAllText(file))?.AsObject()
                    ?? throw new InvalidDataException($"The card template '{file}' is empty.")),
                StringComparer.Ordinal);
    }

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "cards");

    public IEnumerable<string> Names => _templates.Keys;

    public JsonObject Bind(string name, JsonObject data) =>
        _templates.TryGetValue(name, out var template)
            ? template.Bind(data)
            : throw new KeyNotFoundException($"No card template named '{name}'.");
}
