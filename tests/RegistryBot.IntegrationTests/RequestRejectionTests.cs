using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RegistryBot.IntegrationTests.Infrastructure;

namespace RegistryBot.IntegrationTests;

/// <summary>Requests that are no activity the bot can take are refused before anything happens.</summary>
public sealed class RequestRejectionTests
{
    private const int BodyLimit = 2048;

    [Fact]
    public async Task Malformed_json_is_refused_and_changes_nothing()
    {
        await using var bot = await AnonymousBot.StartAsync();
        var conversation = TestConversation.Personal();
        var json = bot.Activities.Message("help", conversation).ToJsonString();
        var truncated = json[..(json.Length - 20)];

        using var response = await bot.Host.PostAsync(new StringContent(truncated, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await bot.ProbeAsync();
        Assert.Empty(bot.Connector.RequestsFor(conversation.Id));
        await bot.Host.StopAsync();
        Assert.DoesNotContain(conversation.Id, StoredConversations.Ids(bot.Host.DataFilePath));
    }

    [Fact]
    public async Task An_activity_without_a_type_is_refused()
    {
        await using var bot = await AnonymousBot.StartAsync();
        var conversation = TestConversation.Personal();
        var activity = bot.Activities.Message("help", conversation);
        activity.Remove("type");

        using var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await bot.ProbeAsync();
        Assert.Empty(bot.Connector.RequestsFor(conversation.Id));
        Assert.Null(bot.References.Find(conversation.Id));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused()
    {
        await using var bot = await AnonymousBot.StartAsync($"--Bot:MaxRequestBodyBytes={BodyLimit}");
        var conversation = TestConversation.Personal();

        using var response = await bot.Host.PostAsync(new ByteArrayContent(OversizedActivity(bot, conversation))
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/json") },
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await bot.ProbeAsync();
        Assert.Empty(bot.Connector.RequestsFor(conversation.Id));
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_refused()
    {
        await using var bot = await AnonymousBot.StartAsync($"--Bot:MaxRequestBodyBytes={BodyLimit}");
        var conversation = TestConversation.Personal();
        using var content = UnknownLengthContent.Json(OversizedActivity(bot, conversation));
        Assert.Null(content.Headers.ContentLength);

        using var response = await bot.Host.PostAsync(content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await bot.ProbeAsync();
        Assert.Empty(bot.Connector.RequestsFor(conversation.Id));
    }

    [Fact]
    public async Task A_chunked_body_within_the_limit_is_accepted()
    {
        await using var bot = await AnonymousBot.StartAsync($"--Bot:MaxRequestBodyBytes={BodyLimit}");
        var conversation = TestConversation.Personal();
        using var content = UnknownLengthContent.Json(Encoding.UTF8.GetBytes(bot.Activities.Message("help", conversation).ToJsonString()));

        using var response = await bot.Host.PostAsync(content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await bot.Connector.WaitForRequestsAsync(conversation.Id, 1, TestTimeouts.Reply));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Methods_other_than_POST_are_not_allowed(string method)
    {
        await using var bot = await AnonymousBot.StartAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), BotHost.MessagesPath);
        if (method != "GET")
        {
            request.Content = new StringContent(bot.Activities.Message("help", TestConversation.Personal()).ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await bot.Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(bot.Connector.Requests);
    }

    /// <summary>A valid help message padded past the limit with text a parser would accept.</summary>
    private static byte[] OversizedActivity(AnonymousBot bot, TestConversation conversation)
    {
        var activity = bot.Activities.Message("help", conversation);
        activity["padding"] = new string('x', 2 * BodyLimit);
        var bytes = Encoding.UTF8.GetBytes(activity.ToJsonString());
        Assert.InRange(bytes.Length, 2 * BodyLimit, 3 * BodyLimit);
        return bytes;
    }
}
