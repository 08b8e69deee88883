using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RegistryBot.Tests.Cards.Samples;

namespace RegistryBot.Tests.Cards;

/// <summary>
/// Binds every template in <c>cards/</c> with realistic data through the real renderers and checks the result the way
/// a Teams client would see it: the Adaptive Cards renderer, the 1.5 schema (when ADAPTIVE_CARD_SCHEMA is set), the
/// message size, and no templating left over.
/// </summary>
public sealed class CardValidityTests(CardSampleFixture samples) : IClassFixture<CardSampleFixture>
{
    private const int MaxMessageBytes = 80 * 1024;
    private const int ErrorsShownPerCard = 25;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task Every_bound_card_passes_the_adaptive_card_checker()
    {
        if (!CardChecker.IsInstalled)
        {
            Assert.Fail("run: npm ci --prefix tests/cards");
        }

        var folder = Directory.CreateTempSubdirectory("registrybot-bound-cards-");
        try
        {
            foreach (var card in samples.Cards)
            {
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, card.FileName), card.Card.ToJsonString(Indented));
            }

            var report = await CardChecker.RunAsync(folder.FullName);

            Assert.Equal(
                samples.Cards.Select(card => card.FileName).Order(StringComparer.Ordinal),
                report.Cards.Select(card => card.File).Order(StringComparer.Ordinal));
            var failed = report.Cards.Where(card => card.Errors.Count > 0).ToList();
            Assert.True(report.ExitCode == 0 && failed.Count == 0, Describe(report, failed));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_template_in_the_cards_folder_is_bound_by_a_sample()
    {
        var templates = Directory.EnumerateFiles(RepositoryLayout.CardTemplatesFolder, "*.json")
            .Select(file => Path.GetFileNameWithoutExtension(file)!)
            .ToHashSet(StringComparer.Ordinal);
        var bound = samples.Cards.Select(card => card.Template).ToHashSet(StringComparer.Ordinal);

        var unbound = templates.Except(bound).Order(StringComparer.Ordinal).ToList();
        var unknown = bound.Except(templates).Order(StringComparer.Ordinal).ToList();

        Assert.True(unbound.Count == 0, $"No sample binds these templates, so nothing checks them: {string.Join(", ", unbound)}");
        Assert.True(unknown.Count == 0, $"Samples name templates that cards/ does not have: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Every_bound_card_fits_in_a_teams_message()
    {
        var tooLarge = samples.Cards
            .Select(card => (card.Name, Bytes: Encoding.UTF8.GetByteCount(AsMessage(card.Card).ToJsonString())))
            .Where(card => card.Bytes >= MaxMessageBytes)
            .Select(card => $"{card.Name}: {card.Bytes:N0} bytes")
            .ToList();

        Assert.True(tooLarge.Count == 0, $"Messages must stay under {MaxMessageBytes:N0} bytes (Teams refuses about 100 KB):\n{string.Join('\n', tooLarge)}");
    }

    [Fact]
    public void Every_action_execute_verb_is_one_the_verb_router_knows()
    {
        var actions = samples.Cards
            .SelectMany(card => ExecuteVerbs(card.Card, "").Select(action => (card.Name, action.Pointer, action.Verb)))
            .ToList();
        var unknown = actions
            .Where(action => action.Verb is null || !samples.KnownVerbs.Contains(action.Verb))
            .Select(action => $"{action.Name}{action.Pointer}: '{action.Verb}'")
            .ToList();

        Assert.NotEmpty(actions);
        Assert.True(
            unknown.Count == 0,
            $"The verb router answers these with UnknownVerb (it knows {string.Join(", ", samples.KnownVerbs.Order(StringComparer.Ordinal))}):\n{string.Join('\n', unknown)}");
    }

    [Fact]
    public void No_template_expression_is_left_in_a_bound_card()
    {
        var leftovers = samples.Cards
            .SelectMany(card => TemplateLeftovers(card.Card, "").Select(place => $"{card.Name}: {place}"))
            .ToList();

        Assert.True(leftovers.Count == 0, $"Unbound templating found:\n{string.Join('\n', leftovers)}");
    }

    private static JsonObject AsMessage(JsonObject card) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.card.adaptive",
            ["content"] = card.DeepClone(),
        }),
    };

    private static IEnumerable<(string Pointer, string? Verb)> ExecuteVerbs(JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonObject obj:
                if (Text(obj["type"]) == "Action.Execute")
                {
                    yield return (pointer, Text(obj["verb"]));
                }

                foreach (var (name, value) in obj)
                {
                    foreach (var action in ExecuteVerbs(value, $"{pointer}/{name}"))
                    {
                        yield return action;
                    }
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    foreach (var action in ExecuteVerbs(array[index], $"{pointer}/{index}"))
                    {
                        yield return action;
                    }
                }

                break;
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static IEnumerable<string> TemplateLeftovers(JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    var path = $"{pointer}/{name}";
                    if (name is "$when" or "$data" || name.Contains("${", StringComparison.Ordinal))
                    {
                        yield return path;
                    }

                    foreach (var leftover in TemplateLeftovers(value, path))
                    {
                        yield return leftover;
                    }
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    foreach (var leftover in TemplateLeftovers(array[index], $"{pointer}/{index}"))
                    {
                        yield return leftover;
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Contains("${", StringComparison.Ordinal):
                yield return $"{pointer}: {text}";
                break;
        }
    }

    private static string Describe(CardCheckerReport report, IReadOnlyList<CheckedCard> failed)
    {
        var text = new StringBuilder()
            .AppendLine($"The card checker exited with {report.ExitCode}; schema check {(report.SchemaChecked ? "ran" : "skipped (set ADAPTIVE_CARD_SCHEMA)")}.");
        foreach (var card in failed)
        {
            text.AppendLine($"{card.File}:");
            foreach (var error in card.Errors.Take(ErrorsShownPerCard))
            {
                text.AppendLine($"  - {error}");
            }

            if (card.Errors.Count > ErrorsShownPerCard)
            {
                text.AppendLine($"  ... and {card.Errors.Count - ErrorsShownPerCard} more");
            }
        }

        return text.Append(report.StandardError).ToString();
    }
}
