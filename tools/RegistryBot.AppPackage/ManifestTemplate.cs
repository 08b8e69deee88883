using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RegistryBot.AppPackage;

/// <summary>
/// <c>manifest/manifest.template.json</c>: a manifest in which a placeholder such as <c>"{{botId}}"</c> stands for a
/// whole JSON value. Filling replaces that value with a typed JSON node (a string, or an array for
/// <c>validDomains</c>), so nothing a setting holds can change the manifest's structure.
/// </summary>
internal sealed partial class ManifestTemplate(JsonObject root)
{
    public static ManifestTemplate Load(string file)
    {
        if (!File.Exists(file))
        {
            throw new InvalidInputException($"the manifest template '{file}' is missing.");
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(file)) is JsonObject root
                ? new ManifestTemplate(root)
                : throw new InvalidInputException($"the manifest template '{file}' is not a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new InvalidInputException($"the manifest template '{file}' is not valid JSON: {exception.Message}");
        }
    }

    public JsonObject Fill(IReadOnlyDictionary<string, JsonNode> values)
    {
        var manifest = root.DeepClone().AsObject();
        var problems = new List<string>();
        foreach (var value in StringValues(manifest).ToList())
        {
            var text = value.GetValue<string>();
            if (Placeholder().Match(text) is { Success: true } match)
            {
                var name = match.Groups["name"].Value;
                if (values.TryGetValue(name, out var filled))
                {
                    value.ReplaceWith(filled.DeepClone());
                }
                else
                {
                    problems.Add($"the manifest template has a placeholder '{text}' at {value.GetPath()} that nothing fills.");
                }
            }
            else if (text.Contains("{{", StringComparison.Ordinal))
            {
                problems.Add($"at {value.GetPath()} of the manifest template a placeholder must be the whole value: '{text}'.");
            }
        }

        return problems.Count == 0 ? manifest : throw new InvalidInputException(problems);
    }

    private static IEnumerable<JsonValue> StringValues(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(property => StringValues(property.Value)),
        JsonArray array => array.SelectMany(StringValues),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => [value],
        _ => [],
    };

    [GeneratedRegex(@"^\{\{(?<name>[A-Za-z][A-Za-z0-9]*)\}\}$")]
    private static partial Regex Placeholder();
}
