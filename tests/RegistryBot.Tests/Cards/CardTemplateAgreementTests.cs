using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RegistryBot.Cards;
using RegistryBot.Tests.Cards.Samples;

namespace RegistryBot.Tests.Cards;

/// <summary>
/// Compiled templates bind exactly as the walking binder before them did, and write exactly the card
/// they bind: every template of the cards folder, and the edge cases of the templating subset,
/// against generated data of every shape.
/// </summary>
public sealed partial class CardTemplateAgreementTests
{
    private const int DataSetsPerTemplate = 300;

    public static TheoryData<string> Templates() =>
        new(Directory.EnumerateFiles(RepositoryLayout.CardTemplatesFolder, "*.json").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_template_of_the_cards_folder_binds_as_the_walking_binder_binds_it(string file)
    {
        AssertAgreement(JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.CardTemplatesFolder, file)))!.AsObject());
    }

    [Theory]
    [InlineData("""{"a": "${x}", "b": "${x.y}", "c": "${$root.x}", "d": "${$data.x}", "e": "${!x}", "f": "${ x }", "g": null}""")]
    [InlineData("""{"text": "${x} and ${y}", "open": "left ${x", "close": "${x}b}", "bare": "x}", "empty": "${}", "twice": "${x}${x}"}""")]
    [InlineData("""{"items": [{"$data": "${list}", "title": "${name}", "unit": "${$root.x}", "$when": "${flag}"}, null, 3, "${x}"]}""")]
    [InlineData("""{"items": [{"$data": "${x}", "nested": [{"$when": "${!flag}", "value": "${name} (${$root.y})"}]}]}""")]
    [InlineData("""{"$when": "${x}", "$data": "${list}", "kept": {"$when": "${flag}", "inner": "${x}"}}""")]
    public void An_edge_case_of_the_templating_subset_binds_as_the_walking_binder_binds_it(string template)
    {
        AssertAgreement(JsonNode.Parse(template)!.AsObject());
    }

    private static void AssertAgreement(JsonObject template)
    {
        var compiled = CardTemplate.Compile(template);
        var names = NamesIn(template);
        var random = new Random(20261126);
        for (var set = 0; set < DataSetsPerTemplate; set++)
        {
            var data = RandomObject(random, names, depth: 0);
            var expected = WalkingCardBinder.Bind(template, data).ToJsonString();
            var bound = compiled.Bind(data);
            var actual = bound.ToJsonString();
            Assert.True(expected == actual, $"Data {data.ToJsonString()}{Environment.NewLine}walking:  {expected}{Environment.NewLine}compiled: {actual}");
            var written = Written(writer => compiled.Write(writer, data));
            Assert.True(expected == JsonNode.Parse(written)!.ToJsonString(), $"Data {data.ToJsonString()}{Environment.NewLine}walking:  {expected}{Environment.NewLine}written:  {Encoding.UTF8.GetString(written)}");
            Assert.Equal(Written(writer => bound.WriteTo(writer)), written);
        }
    }

    private static byte[] Written(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    // Every name a path of the template uses, so generated data hits the paths as well as misses them.
    private static string[] NamesIn(JsonObject template) =>
        PathPattern().Matches(template.ToJsonString())
            .SelectMany(match => match.Groups[1].Value.Trim().TrimStart('!').Split('.'))
            .Where(name => name.Length > 0 && name is not ("$root" or "$data"))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static JsonObject RandomObject(Random random, string[] names, int depth)
    {
        var data = new JsonObject();
        foreach (var name in names.Where(_ => random.Next(4) > 0))
        {
            data[name] = RandomValue(random, names, depth);
        }

        return data;
    }

    private static JsonNode? RandomValue(Random random, string[] names, int depth) => random.Next(depth < 2 ? 12 : 9) switch
    {
        0 => null,
        1 => JsonValue.Create(string.Empty),
        2 => JsonValue.Create("text with ${x} and \"quotes\""),
        3 => JsonValue.Create(random.Next(2) == 0),
        4 => JsonValue.Create(0),
        5 => JsonValue.Create(random.Next(1, 1000)),
        6 => JsonValue.Create(2.5),
        7 => JsonValue.Create(names.Length == 0 ? "x" : names[random.Next(names.Length)]),
        8 => new JsonArray(),
        9 or 10 => new JsonArray(Enumerable.Range(0, random.Next(1, 4)).Select(_ => (JsonNode?)RandomObject(random, names, depth + 1)).ToArray()),
        _ => RandomObject(random, names, depth + 1),
    };

    [GeneratedRegex(@"\$\{([^}]*)\}")]
    private static partial Regex PathPattern();
}
