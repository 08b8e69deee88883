using System.Net;
using System.Text.Json.Nodes;
using RegistryBot.IntegrationTests.Infrastructure;

namespace RegistryBot.IntegrationTests;

/// <summary>
/// The checks of https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication,
/// each broken on its own: the request is refused with 401 and the activity is neither stored nor answered.
/// </summary>
public sealed class InboundAuthenticationTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private const string OtherServiceUrl = "https://smba.trafficmanager.net/amer/";

    private static readonly Dictionary<string, Func<AuthenticatedBot, JsonObject, string?>> Refusals = new()
    {
        ["no Authorization header"] = (_, _) => null,
        ["Basic instead of Bearer"] = (_, _) => "Basic dXNlcjpwYXNzd29yZA==",
        ["malformed token"] = (_, _) => BotHost.Bearer("this-is-not-a-jwt"),
        ["expired token"] = (bot, activity) => Signed(bot, activity, token => token with
        {
            NotBefore = DateTimeOffset.UtcNow.AddHours(-2),
            Expires = DateTimeOffset.UtcNow.AddMinutes(-10),
        }),
        ["token not valid yet"] = (bot, activity) => Signed(bot, activity, token => token with
        {
            NotBefore = DateTimeOffset.UtcNow.AddMinutes(10),
        }),
        ["audience is another bot"] = (bot, activity) => Signed(bot, activity, token => token with { Audience = Guid.NewGuid().ToString() }),
        ["issuer is not the Bot Framework"] = (bot, activity) => Signed(bot, activity, token => token with { Issuer = "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/" }),
        ["signed by a key the metadata does not publish"] = (bot, activity) => Signed(bot, activity, token => token with { Key = bot.Tokens.UnpublishedKey }),
        ["alg none"] = (bot, activity) => BotHost.Bearer(TestTokenIssuer.MintUnsigned(bot.Tokens.For(ServiceUrlOf(activity)))),
        ["key endorsed for webchat only"] = (bot, activity) => Signed(bot, activity, token => token with { Key = bot.Tokens.WebChatKey }),
        ["empty channelId"] = (bot, activity) =>
        {
            activity["channelId"] = string.Empty;
            return Signed(bot, activity, token => token);
        },
        ["serviceurl claim differs from the activity"] = (bot, activity) => Signed(bot, activity, token => token with { ServiceUrl = OtherServiceUrl }),
    };

    public static TheoryData<string> RefusalCases => new(Refusals.Keys);

    [Fact]
    public async Task A_correctly_signed_activity_is_answered()
    {
        var bot = fixture.Bot;
        var conversation = TestConversation.Personal();

        using var response = await bot.SendAsync(bot.Activities.Message("help", conversation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await bot.Connector.WaitForRequestsAsync(conversation.Id, 1, TestTimeouts.Reply));
        Assert.NotNull(bot.References.Find(conversation.Id));
    }

    [Theory]
    [MemberData(nameof(RefusalCases))]
    public async Task Is_refused(string refusal)
    {
        var bot = fixture.Bot;
        var conversation = TestConversation.Personal();
        var activity = bot.Activities.Message("help", conversation);
        var authorization = Refusals[refusal](bot, activity);

        using var response = await bot.SendAsync(activity, authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await bot.ProbeAsync();
        Assert.Empty(bot.Connector.RequestsFor(conversation.Id));
        Assert.Null(bot.References.Find(conversation.Id));
    }

    private static string Signed(AuthenticatedBot bot, JsonObject activity, Func<TokenRequest, TokenRequest> change) =>
        BotHost.Bearer(bot.Tokens.Mint(change(bot.Tokens.For(ServiceUrlOf(activity)))));

    private static string ServiceUrlOf(JsonObject activity) => (string)activity["serviceUrl"]!;
}
