using System.Net;
using System.Text.Json.Nodes;
using RegistryBot.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// The build that ships: published for linux-x64, self-contained and trimmed. Trimming removes
/// what nothing seems to use, so what the journeys in tests/e2e do not reach (they run without an
/// app id) is checked on that build here: the Bot Connector's tokens, validated against OpenID
/// metadata fetched at run time. test.sh publishes the build and names it in REGISTRYBOT_PUBLISHED_DLL.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class PublishedBuildTests(ITestOutputHelper output)
{
    private const string AppId = "5c9a1f3e-0b7d-4e52-9a61-3d2f8c4b7e10";
    private const string PublishedDllVariable = "REGISTRYBOT_PUBLISHED_DLL";

    [SkippableFact]
    public async Task The_published_build_accepts_a_signed_activity_and_refuses_forged_ones()
    {
        var publishedDll = Environment.GetEnvironmentVariable(PublishedDllVariable);
        Skip.If(string.IsNullOrEmpty(publishedDll), $"No published build to check: {PublishedDllVariable} is not set (test.sh sets it).");
        Assert.True(File.Exists(publishedDll), $"{PublishedDllVariable} names {publishedDll}, which does not exist.");

        using var folder = new TempFolder();
        using var tokens = new TokenMinter(AppId);
        await using var openId = await FakeOpenIdServer.StartAsync(tokens.PublishedKeys);
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await ChildBot.StartAsync(
            folder.File("bot.db"),
            connector,
            [
                $"--Bot:MicrosoftAppId={AppId}",
                "--Bot:MicrosoftAppPassword=not-used-here",
                $"--Bot:MicrosoftAppTenantId={Guid.NewGuid()}",
                $"--Bot:OpenIdMetadataUrl={openId.MetadataUrl}",
            ],
            appPath: publishedDll);
        var member = Member.Personal();

        var signed = await PostAsync(bot, bot.Activities.Execute("order.next", [], null, member), tokens.BearerFor(connector.ServiceUrl));
        var forged = await PostAsync(bot, bot.Activities.Execute("order.next", [], null, member), tokens.Bearer(tokens.For(connector.ServiceUrl) with { Key = tokens.Unpublished.SecurityKey }));
        var anonymous = await PostAsync(bot, bot.Activities.Execute("order.next", [], null, member), authorization: null);
        output.WriteLine($"signed: {(int)signed.Status} {signed.Body}");

        Assert.True(signed.Status == HttpStatusCode.OK, $"A signed invoke was answered {(int)signed.Status}: {signed.Body}\n{bot.Output}");
        // It reached the app, which answers a card action without a draft as the contract says.
        Assert.Equal(400, JsonNode.Parse(signed.Body)?["statusCode"]?.GetValue<int>());
        Assert.Contains("draftId", signed.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(HttpStatusCode.OK, (await bot.HealthAsync()).Status);
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(ChildBot bot, JsonObject activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await bot.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
