using System.Collections.Frozen;
using System.Text.Json;
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
                Load,
                StringComparer.Ordinal);
    }

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "cards");

    public IEnumerable<string> Names => _templates.Keys;

    private static CardTemplate Load(string file)
    {
        try
        {
            return CardTemplate.Compile(JsonNode.Parse(File.ReadAllText(file))?.AsObject()
                ?? throw new InvalidDataException($"The card template '{file}' is empty."));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // A card that cannot be bound stops the start, naming its file, instead of failing a user's turn.
            throw new InvalidDataException($"The card template '{file}' is not valid: {exception.Message}", exception);
        }
    }

    public JsonObject Bind(string name, JsonObject data) => Named(name).Bind(data);

    /// <summary>The card <see cref="Bind"/> makes, written as JSON.</summary>
    public void Write(string name, Utf8JsonWriter writer, JsonObject data) => Named(name).Write(writer, data);

    private CardTemplate Named(string name) =>
        _templates.TryGetValue(name, out var template) ? template : throw new KeyNotFoundException($"No card template named '{name}'.");
}
