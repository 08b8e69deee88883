using System.Text.Json;
using System.Text.Json.Nodes;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Tests.Teams;

/// <summary>An invoke answer is serialised once: the wire and the replay of a redelivery get the same bytes.</summary>
public sealed class InvokeResponseTests
{
    [Fact]
    public void Its_JSON_is_the_serialisers_and_is_made_only_once()
    {
        var response = InvokeResponse.Card(new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray("ünïcode") });

        var json = response.ToUtf8Json();

        Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(response, TeamsJsonContext.Default.InvokeResponse), json);
        Assert.Same(json, response.ToUtf8Json());
        var body = JsonNode.Parse(json)!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal(InvokeResponse.CardType, (string?)body["type"]);
        Assert.Equal("ünïcode", (string?)body["value"]?["body"]?[0]);
    }

    [Fact]
    public void Read_back_it_has_its_fields_and_writes_the_bytes_it_was_read_from()
    {
        var json = InvokeResponse.Error(400, "BadRequest", "No such verb.").ToUtf8Json();

        var replayed = InvokeResponse.FromUtf8Json(json);

        Assert.Equal(400, replayed.StatusCode);
        Assert.Equal(InvokeResponse.ErrorType, replayed.Type);
        Assert.Equal("No such verb.", (string?)replayed.Value?["message"]);
        Assert.Same(json, replayed.ToUtf8Json());
    }

    [Fact]
    public void A_card_written_into_the_answer_gives_the_bytes_of_the_card_built_first()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray("ünïcode <b> & 'x'", 3, true, null) };

        var written = InvokeResponse.CardWrittenBy(writer => card.WriteTo(writer));

        Assert.Equal(InvokeResponse.Card((JsonObject)card.DeepClone()).ToUtf8Json(), written.ToUtf8Json());
        Assert.Same(written.ToUtf8Json(), written.ToUtf8Json());
        Assert.Equal(200, written.StatusCode);
        Assert.Equal(InvokeResponse.CardType, written.Type);
        Assert.True(JsonNode.DeepEquals(card, written.Value));
    }

    [Fact]
    public void Answers_written_one_after_another_are_each_whole_even_after_a_card_that_failed_half_written()
    {
        var large = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(new string('x', 40_000)) };
        var small = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray("small") };

        var first = InvokeResponse.CardWrittenBy(writer => large.WriteTo(writer));
        Assert.Throws<InvalidOperationException>(() => InvokeResponse.CardWrittenBy(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", "AdaptiveCard");
            throw new InvalidOperationException("the card's data is broken");
        }));
        var second = InvokeResponse.CardWrittenBy(writer => small.WriteTo(writer));

        Assert.Equal(InvokeResponse.Card((JsonObject)large.DeepClone()).ToUtf8Json(), first.ToUtf8Json());
        Assert.Equal(InvokeResponse.Card((JsonObject)small.DeepClone()).ToUtf8Json(), second.ToUtf8Json());
    }

    [Fact]
    public void Null_JSON_is_not_an_answer()
    {
        Assert.Throws<JsonException>(() => InvokeResponse.FromUtf8Json("null"u8.ToArray()));
    }
}
