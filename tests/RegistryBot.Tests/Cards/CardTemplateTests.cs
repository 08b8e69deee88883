using System.Text.Json.Nodes;
using RegistryBot.Cards;
using RegistryBot.Tests.Cards.Samples;

namespace RegistryBot.Tests.Cards;

public sealed class CardTemplateTests
{
    [Fact]
    public void A_whole_string_expression_takes_the_value_with_its_json_type()
    {
        var template = Parse("""{"min": "${storage.min}", "choices": "${sizes}", "on": "${flag}"}""");
        var data = Parse("""{"storage": {"min": 50}, "sizes": [{"title": "S"}], "flag": true}""");

        var bound = Bind(template, data);

        Assert.Equal(50, bound["min"]!.GetValue<int>());
        Assert.Equal("S", bound["choices"]![0]!["title"]!.GetValue<string>());
        Assert.True(bound["on"]!.GetValue<bool>());
    }

    [Fact]
    public void Expressions_inside_text_are_interpolated()
    {
        var bound = Bind(Parse("""{"text": "Step ${step} of ${total}"}"""), Parse("""{"step": 3, "total": 7}"""));

        Assert.Equal("Step 3 of 7", bound["text"]!.GetValue<string>());
    }

    [Fact]
    public void User_text_stays_a_string_and_cannot_change_the_card_structure()
    {
        var hostile = "\"}, {\"type\": \"Action.OpenUrl\", \"url\": \"https://evil.example\"} ${x}";
        var bound = Bind(Parse("""{"body": [{"type": "TextBlock", "text": "${name}"}]}"""), new JsonObject { ["name"] = hostile });

        Assert.Single(bound["body"]!.AsArray());
        Assert.Equal(hostile, bound["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Data_repeats_an_array_element_per_item_with_root_still_reachable()
    {
        var template = Parse("""{"facts": [{"$data": "${items}", "title": "${name}", "value": "${$root.unit}"}]}""");
        var bound = Bind(template, Parse("""{"unit": "GB", "items": [{"name": "a"}, {"name": "b"}]}"""));

        var facts = bound["facts"]!.AsArray();
        Assert.Equal(["a", "b"], facts.Select(f => f!["title"]!.GetValue<string>()));
        Assert.All(facts, f => Assert.Equal("GB", f!["value"]!.GetValue<string>()));
        Assert.False(facts[0]!.AsObject().ContainsKey("$data"));
    }

    [Theory]
    [InlineData("""{"show": true}""", 2)]
    [InlineData("""{"show": false}""", 1)]
    [InlineData("""{"show": ""}""", 1)]
    [InlineData("""{}""", 1)]
    [InlineData("""{"show": [1]}""", 2)]
    public void When_keeps_an_element_only_for_truthy_values(string data, int expectedCount)
    {
        var template = Parse("""{"body": [{"type": "TextBlock", "text": "always"}, {"type": "TextBlock", "text": "maybe", "$when": "${show}"}]}""");

        var bound = Bind(template, Parse(data));

        Assert.Equal(expectedCount, bound["body"]!.AsArray().Count);
        Assert.DoesNotContain("$when", bound.ToJsonString());
    }

    [Fact]
    public void When_accepts_negation()
    {
        var template = Parse("""{"body": [{"text": "first step", "$when": "${!hasBack}"}]}""");

        Assert.Single(Bind(template, Parse("""{"hasBack": false}"""))["body"]!.AsArray());
        Assert.Empty(Bind(template, Parse("""{"hasBack": true}"""))["body"]!.AsArray());
    }

    [Fact]
    public void A_missing_value_drops_the_property_and_binding_leaves_the_template_untouched()
    {
        var template = Parse("""{"value": "${missing}", "label": "kept"}""");

        var bound = Bind(template, new JsonObject());

        Assert.False(bound.ContainsKey("value"));
        Assert.Equal("kept", bound["label"]!.GetValue<string>());
        Assert.Equal("${missing}", template["value"]!.GetValue<string>());
    }

    [Fact]
    public void A_compiled_template_does_not_follow_later_changes_to_its_source()
    {
        var source = Parse("""{"title": "Storage", "text": "${text}"}""");
        var template = CardTemplate.Compile(source);

        source["title"] = "changed";
        source["text"] = "changed";

        Assert.Equal("""{"title":"Storage","text":"bound"}""", template.Bind(new JsonObject { ["text"] = "bound" }).ToJsonString());
    }

    [Fact]
    public void Every_bound_card_is_a_copy_of_its_own()
    {
        var template = CardTemplate.Compile(Parse("""{"body": [{"type": "TextBlock", "text": "literal"}], "choices": "${choices}"}"""));
        var data = Parse("""{"choices": [{"title": "S"}]}""");

        var first = template.Bind(data);
        first["body"]![0]!["text"] = "changed";
        first["choices"]![0]!["title"] = "changed";

        Assert.Equal("""{"body":[{"type":"TextBlock","text":"literal"}],"choices":[{"title":"S"}]}""", template.Bind(data).ToJsonString());
        Assert.Equal("S", (string?)data["choices"]![0]!["title"]);
    }

    [Fact]
    public void One_template_binds_on_many_threads_at_once_each_card_with_its_own_data()
    {
        // Compiled nodes are shared by every turn: binding may only read them. Text with expressions is
        // where a bind builds the most of its own, so the template is mostly that.
        var source = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.CardTemplatesFolder, "summary.json")))!.AsObject();
        source["lines"] = new JsonArray(Enumerable.Range(0, 200).Select(line => (JsonNode?)JsonValue.Create($"Line {line} for ${{name}} in ${{step}}")).ToArray());
        var template = CardTemplate.Compile(source);
        var users = Enumerable.Range(0, 4)
            .Select(user => Parse($$"""{"draftId": "DRF-{{user}}", "step": "summary", "name": "user {{user}}", "facts": [{"title": "Region", "value": "de-west-{{user}}"}]}"""))
            .ToArray();
        var expected = users.Select(data => template.Bind(data).ToJsonString()).ToArray();
        Assert.Contains("Line 199 for user 3 in summary", expected[3], StringComparison.Ordinal);

        var wrong = 0;
        using var start = new Barrier(users.Length);
        var threads = Enumerable.Range(0, users.Length).Select(user => new Thread(() =>
        {
            start.SignalAndWait();
            for (var turn = 0; turn < 300; turn++)
            {
                if (!BindsAsExpected(template, users[user], expected[user]))
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.Equal(0, wrong);
    }

    // On a thread of its own, an exception would end the test run instead of failing this test.
    private static bool BindsAsExpected(CardTemplate template, JsonObject data, string expected)
    {
        try
        {
            return template.Bind(data).ToJsonString() == expected;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static JsonObject Bind(JsonObject template, JsonObject data) => CardTemplate.Compile(template).Bind(data);

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
