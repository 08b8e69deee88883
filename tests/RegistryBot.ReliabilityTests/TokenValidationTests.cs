using System.Net;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using RegistryBot.Audit;
using RegistryBot.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Plan rows 12 to 16: every way a request can fail the Bot Connector's authentication, each on its
/// own. Each is answered 401 before the app sees the activity: no handler runs, nothing is stored,
/// nothing is sent, and the refusal is audited. Tokens inside the 5-minute clock skew pass.
/// </summary>
public sealed class TokenValidationTests(TokenValidationTests.Fixture fixture, ITestOutputHelper output) : IClassFixture<TokenValidationTests.Fixture>
{
    private const string OtherServiceUrl = "https://smba.trafficmanager.net/amer/";
    private static int _rejected;

    private delegate string? Forge(InProcessBot bot, JsonObject activity);

    private static readonly Dictionary<string, Forge> Forgeries = new()
    {
        // Row 12: signature and algorithm.
        ["12 signed by a key the metadata does not publish"] = (bot, activity) => Signed(bot, activity, spec => spec with { Key = bot.Tokens.Unpublished.SecurityKey }),
        ["12 unpublished key claiming a published key id"] = (bot, activity) =>
            Signed(bot, activity, spec => spec with { Key = new RsaSecurityKey(bot.Tokens.Unpublished.SecurityKey.Rsa) { KeyId = bot.Tokens.Teams.KeyId } }),
        ["12 alg none"] = (bot, activity) => "Bearer " + TokenMinter.MintUnsigned(bot.Tokens.For(ServiceUrlOf(activity)), bot.Tokens.Teams.KeyId),
        ["12 HS256 keyed with the published RSA public key"] = (bot, activity) => Signed(bot, activity, spec => spec with
        {
            Key = new SymmetricSecurityKey(bot.Tokens.Teams.PublicKeyBytes) { KeyId = bot.Tokens.Teams.KeyId },
            Algorithm = SecurityAlgorithms.HmacSha256,
        }),
        ["12 signature bytes altered"] = (bot, activity) => "Bearer " + AlterSignature(bot.Tokens.Mint(bot.Tokens.For(ServiceUrlOf(activity)))),
        ["12 signature removed"] = (bot, activity) => "Bearer " + StripSignature(bot.Tokens.Mint(bot.Tokens.For(ServiceUrlOf(activity)))),
        ["12 payload changed after signing"] = (bot, activity) => "Bearer " + SwapPayload(
            bot.Tokens.Mint(bot.Tokens.For(ServiceUrlOf(activity)) with { Audience = "someone-else" }),
            bot.Tokens.Mint(bot.Tokens.For(ServiceUrlOf(activity)))),
        ["12 unknown key id"] = (bot, activity) =>
            Signed(bot, activity, spec => spec with { Key = new RsaSecurityKey(bot.Tokens.Unpublished.SecurityKey.Rsa) { KeyId = "no-such-key" } }),

        // Row 13: lifetime (beyond the 5-minute skew), audience, issuer.
        ["13 expired 6 minutes ago"] = (bot, activity) => Signed(bot, activity, spec => spec with { NotBefore = Now.AddHours(-1), Expires = Now.AddMinutes(-6) }),
        ["13 expired 5 min 30 s ago (just outside the skew)"] = (bot, activity) => Signed(bot, activity, spec => spec with { NotBefore = Now.AddHours(-1), Expires = Now.AddSeconds(-330) }),
        ["13 not valid for 6 more minutes"] = (bot, activity) => Signed(bot, activity, spec => spec with { NotBefore = Now.AddMinutes(6) }),
        ["13 not valid for 5 min 30 s (just outside the skew)"] = (bot, activity) => Signed(bot, activity, spec => spec with { NotBefore = Now.AddSeconds(330) }),
        ["13 no expiry"] = (bot, activity) => Signed(bot, activity, spec => spec with { Expires = null }),
        ["13 audience is another bot"] = (bot, activity) => Signed(bot, activity, spec => spec with { Audience = Guid.NewGuid().ToString() }),
        ["13 no audience"] = (bot, activity) => Signed(bot, activity, spec => spec with { Audience = null }),
        ["13 issuer is not the Bot Framework"] = (bot, activity) => Signed(bot, activity, spec => spec with { Issuer = "https://evil.example" }),
        ["13 issuer differs only in case"] = (bot, activity) => Signed(bot, activity, spec => spec with { Issuer = "https://API.botframework.com" }),
        ["13 no issuer"] = (bot, activity) => Signed(bot, activity, spec => spec with { Issuer = null }),

        // Row 14: endorsements against the activity's channel.
        ["14 key published without endorsements"] = (bot, activity) => Signed(bot, activity, spec => spec with { Key = bot.Tokens.NoEndorsements.SecurityKey }),
        ["14 key endorses webchat only"] = (bot, activity) => Signed(bot, activity, spec => spec with { Key = bot.Tokens.WebChatOnly.SecurityKey }),
        ["14 channelId webchat with a key endorsing msteams"] = (bot, activity) => SignedAfter(bot, activity, a => a["channelId"] = "webchat"),
        ["14 channelId differs only in case"] = (bot, activity) => SignedAfter(bot, activity, a => a["channelId"] = "MSTeams"),
        ["14 empty channelId"] = (bot, activity) => SignedAfter(bot, activity, a => a["channelId"] = string.Empty),
        ["14 no channelId"] = (bot, activity) => SignedAfter(bot, activity, a => a.Remove("channelId")),

        // Row 15: the serviceurl claim against the activity's serviceUrl.
        ["15 serviceurl claim names another host"] = (bot, activity) => Signed(bot, activity, spec => spec with { ServiceUrl = OtherServiceUrl }),
        ["15 activity names another host than the claim"] = (bot, activity) =>
        {
            var authorization = Signed(bot, activity, spec => spec);
            activity["serviceUrl"] = OtherServiceUrl;
            return authorization;
        },
        ["15 serviceurl claim without its trailing slash"] = (bot, activity) => Signed(bot, activity, spec => spec with { ServiceUrl = ServiceUrlOf(activity).TrimEnd('/') }),
        ["15 no serviceurl claim"] = (bot, activity) => Signed(bot, activity, spec => spec with { ServiceUrl = null }),
        ["15 empty serviceurl claim"] = (bot, activity) => Signed(bot, activity, spec => spec with { ServiceUrl = string.Empty }),

        // Row 16: no token, other schemes, and tokens of the Emulator, Entra v2 and skill paths, which this bot does not open.
        ["16 no Authorization header"] = (_, _) => null,
        ["16 empty Authorization header"] = (_, _) => string.Empty,
        ["16 Basic instead of Bearer"] = (_, _) => "Basic dXNlcjpwYXNzd29yZA==",
        ["16 bearer in lower case"] = (bot, activity) => "bearer " + bot.Tokens.Mint(bot.Tokens.For(ServiceUrlOf(activity))),
        ["16 Bearer with no token"] = (_, _) => "Bearer ",
        ["16 not a JWT"] = (_, _) => "Bearer this-is-not-a-jwt",
        ["16 a JWE (five segments)"] = (_, _) => "Bearer eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d",
        ["16 Emulator token (Entra v1 issuer, appid claim)"] = (bot, activity) => Signed(bot, activity, spec => spec with
        {
            Issuer = $"https://sts.windows.net/{Guid.NewGuid()}/",
            ExtraClaims = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = bot.Tokens.AppId },
        }),
        ["16 Entra v2 token (azp claim)"] = (bot, activity) => Signed(bot, activity, spec => spec with
        {
            Issuer = $"https://login.microsoftonline.com/{Guid.NewGuid()}/v2.0",
            ExtraClaims = new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = bot.Tokens.AppId },
        }),
        ["16 skill token (another bot calling this one)"] = (bot, activity) => Signed(bot, activity, spec => spec with
        {
            Issuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
            ExtraClaims = new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = Guid.NewGuid().ToString() },
        }),
    };

    public static TheoryData<string> ForgeryCases => new(Forgeries.Keys);

    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    [Theory]
    [MemberData(nameof(ForgeryCases))]
    public async Task Is_refused_with_401_before_the_app_sees_it(string forgery)
    {
        var bot = fixture.Bot;
        var member = Member.Personal();
        var activity = bot.Activities.Message("order", member);
        var authorization = Forgeries[forgery](bot, activity);
        var handled = bot.Handler.Calls;
        var sent = bot.Connector.Requests.Count;
        var audited = Rejections(bot);

        using var response = await bot.PostAsync(activity, authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal(handled, bot.Handler.Calls);
        Assert.Null(bot.References.Find(member.ConversationId));
        await bot.ProbeAsync();
        Assert.Equal(sent + 1, bot.Connector.Requests.Count);
        Assert.DoesNotContain(bot.Connector.Requests, request => request.ConversationId == member.ConversationId);
        Assert.Equal(audited + 1, Rejections(bot));
        Figures.Record(output, nameof(TokenValidationTests), "forged or invalid tokens rejected (running count)", Interlocked.Increment(ref _rejected));
    }

    [Theory]
    [InlineData("expired 4 minutes ago", -64 * 60, -4 * 60)]
    [InlineData("valid only in 4 minutes", 4 * 60, 60 * 60)]
    public async Task A_token_inside_the_5_minute_clock_skew_is_accepted(string _, int notBeforeSeconds, int expiresSeconds)
    {
        var bot = fixture.Bot;
        var member = Member.Personal();
        var activity = bot.Activities.Message("help", member);
        var spec = bot.Tokens.For(ServiceUrlOf(activity)) with { NotBefore = Now.AddSeconds(notBeforeSeconds), Expires = Now.AddSeconds(expiresSeconds) };

        using var response = await bot.PostAsync(activity, bot.Tokens.Bearer(spec));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await bot.Connector.WaitForAsync(request => request.ConversationId == member.ConversationId, OrderDriver.ReplyTimeout, "the reply");
        Assert.NotNull(bot.References.Find(member.ConversationId));
    }

    [Fact]
    public async Task Without_an_app_id_the_app_refuses_to_listen_beyond_loopback()
    {
        using var folder = new TempFolder();
        var exception = Assert.Throws<Hosting.StartupRefusedException>(() => RegistryBotApp.Build(
            ["--urls", "http://0.0.0.0:0", $"--Storage:Path={folder.File("bot.db")}", "--Logging:LogLevel:Default=None"]));
        Assert.Contains("Bot:MicrosoftAppId is not set", exception.Message, StringComparison.Ordinal);
        await Task.CompletedTask;
    }


    private static int Rejections(InProcessBot bot) => bot.Audit.Recent(10_000).Count(entry => entry.Kind == AuditKinds.TokenRejected);

    private static string Signed(InProcessBot bot, JsonObject activity, Func<TokenSpec, TokenSpec> change) =>
        bot.Tokens.Bearer(change(bot.Tokens.For(ServiceUrlOf(activity))));

    private static string SignedAfter(InProcessBot bot, JsonObject activity, Action<JsonObject> change)
    {
        change(activity);
        return bot.Tokens.BearerFor(ServiceUrlOf(activity));
    }

    private static string ServiceUrlOf(JsonObject activity) => (string)activity["serviceUrl"]!;

    private static string AlterSignature(string token)
    {
        var parts = token.Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[signature.Length / 2] ^= 0x5A;
        return $"{parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}";
    }

    private static string StripSignature(string token) => token[..(token.LastIndexOf('.') + 1)];

    /// <summary>The header and signature of <paramref name="signed"/> around the payload of <paramref name="other"/>.</summary>
    private static string SwapPayload(string signed, string other)
    {
        var a = signed.Split('.');
        var b = other.Split('.');
        return $"{a[0]}.{b[1]}.{a[2]}";
    }

    public sealed class Fixture : InProcessBotFixture;
}
