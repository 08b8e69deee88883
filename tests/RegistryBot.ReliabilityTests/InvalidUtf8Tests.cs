using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using RegistryBot.ReliabilityTests.Infrastructure;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Found by the fuzz test (defect 4 of docs/reliability.md): a body that is JSON but not valid UTF-8 inside a string. The typed fields
/// of an activity are decoded while parsing, but <c>value</c> is kept as a raw JsonElement and only
/// decoded when a handler reads it; such a request must be refused with 400, not end in a 500.
/// </summary>
public sealed class InvalidUtf8Tests(InvalidUtf8Tests.Fixture fixture) : IClassFixture<InvalidUtf8Tests.Fixture>
{
    [Theory]
    [InlineData("draftId")]
    [InlineData("step")]
    [InlineData("storageGb")]
    public async Task Invalid_utf8_inside_a_card_submit_is_refused_with_400(string field)
    {
        var bot = fixture.Bot;
        var member = Member.Personal();
        var data = new JsonObject { ["draftId"] = "DRF-1", ["step"] = "storage", ["storageGb"] = "120" };
        data[field] = "BROKEN";
        var json = bot.Activities.Execute("order.next", data, null, member).ToJsonString();
        var body = Encoding.UTF8.GetBytes(json).AsSpan();
        var at = body.IndexOf("BROKEN"u8);
        var bytes = body.ToArray();
        bytes[at + 3] = 0xE8;
        Assert.False(Utf8.IsValid(bytes));

        var content = new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        using var response = await bot.PostAsync(content, bot.Tokens.BearerFor(bot.Activities.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public sealed class Fixture : InProcessBotFixture;
}
