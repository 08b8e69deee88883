using System.Text.Json.Nodes;
using RegistryBot.Cards;

namespace RegistryBot.Tests.Cards;

public sealed class CardBinderTests
{
    [Fact]
    public void A_whole_string_expression_takes_the_value_with_its_json_type()
    {
        var template = Parse("""{"min": "${storage.min}", "choices": "${sizes}", "on": "${flag}"}""");
        var data = Parse("""{"storage": {"min": 50}, "sizes": [{"title": "S"}], "flag": true}""");

        var bound = CardBinder.Bind(template, data);

        Assert.Equal(50, bound["min"]!.GetValue<int>());
        Assert.Equal("S", bound["choices"]![0]!["title"]!.GetValue<string>());
        Assert.True(bound["on"]!.GetValue<bool>());
    }

    [Fact]
    public void Expressions_inside_text_are_interpolated()
    {
        var bound = CardBinder.Bind(Parse("""{"text": "Step ${step} of ${total}"}"""), Parse("""{"step": 3, "total": 7}"""));

        Assert.Equal("Step 3 of 7", bound["text"]!.GetValue<string>());
    }

    [Fact]
    public void User_text_stays_a_string_and_cannot_change_the_card_structure()
    {
        var hostile = "\"}, {\"type\": \"Action.OpenUrl\", \"url\": \"https://evil.example\"} ${x}";
        var bound = CardBinder.Bind(Parse("""{"body": [{"type": "TextBlock", "text": "${name}"}]}"""), new JsonObject { ["name"] = hostile });

        Assert.Single(bound["body"]!.AsArray());
        Assert.Equal(hostile, bound["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Data_repeats_an_array_element_per_item_with_root_still_reachable()
    {
        var template = Parse("""{"facts": [{"$data": "${items}", "title": "${name}", "value": "${$root.unit}"}]}""");
        var bound = CardBinder.Bind(template, Parse("""{"unit": "GB", "items": [{"name": "a"}, {"name": "b"}]}"""));

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

        var bound = CardBinder.Bind(template, Parse(data));

        Assert.Equal(expectedCount, bound["body"]!.AsArray().Count);
        Assert.DoesNotContain("$when", bound.ToJsonString());
    }

    [Fact]
    public void When_accepts_negation()
    {
        var template = Parse("""{"body": [{"text": "first step", "$when": "${!hasBack}"}]}""");

        Assert.Single(CardBinder.Bind(template, Parse("""{"hasBack": false}"""))["body"]!.AsArray());
        Assert.Empty(CardBinder.Bind(template, Parse("""{"hasBack": true}"""))["body"]!.AsArray());
    }

    [Fact]
    public void A_missing_value_drops_the_property_and_binding_leaves_the_template_untouched()
    {
        var template = Parse("""{"value": "${missing}", "label": "kept"}""");

        var bound = CardBinder.Bind(template, new JsonObject());

        Assert.False(bound.ContainsKey("value"));
        Assert.Equal("kept", bound["label"]!.GetValue<string>());
        Assert.Equal("${missing}", template["value"]!.GetValue<string>());
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
