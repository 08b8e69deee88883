using System.Net;
using System.Text.Json.Nodes;
using RegistryBot.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// The build that ships: published for linux-x64 as one native executable (Native AOT). Trimming removes
/// what nothing seems to use, so what the journeys in tests/e2e do not reach (they run without an
/// app id) is checked on that build here: the Bot Connector's tokens, validated against OpenID
/// metadata fetched at run time, and the bot's own token, fetched by MSAL over TLS. test.sh
/// publishes the build and names it in REGISTRYBOT_PUBLISHED_APP.
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class PublishedBuildTests(ITestOutputHelper output)
{
    private const string AppId = "5c9a1f3e-0b7d-4e52-9a61-3d2f8c4b7e10";
    private const string PublishedAppVariable = "REGISTRYBOT_PUBLISHED_APP";

    [SkippableFact]
    public async Task The_published_build_accepts_a_signed_activity_and_refuses_forged_ones()
    {
        await using var world = await PublishedBotAsync();
        var (bot, tokens, connector) = (world.Bot, world.Tokens, world.Connector);
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

    [SkippableFact]
    public async Task The_published_build_replies_with_a_token_from_its_authority()
    {
        await using var world = await PublishedBotAsync();
        var member = Member.Personal();

        var answer = await PostAsync(world.Bot, world.Bot.Activities.Message("help", member), world.Tokens.BearerFor(world.Connector.ServiceUrl));
        var reply = await world.Connector.WaitForAsync(request => request.ConversationId == member.ConversationId, TimeSpan.FromSeconds(20), "the help card");

        Assert.True(answer.Status == HttpStatusCode.OK, $"help was answered {(int)answer.Status}: {answer.Body}\n{world.Bot.Output}");
        Assert.Equal($"Bearer {FakeTokenService.AccessToken}", reply.Authorization);
        var tokenRequest = Assert.Single(world.TokenService.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest.Form["grant_type"]);
        Assert.Equal(AppId, tokenRequest.Form["client_id"]);
    }

    private static async Task<PublishedBot> PublishedBotAsync()
    {
        var publishedApp = Environment.GetEnvironmentVariable(PublishedAppVariable);
        Skip.If(string.IsNullOrEmpty(publishedApp), $"No published build to check: {PublishedAppVariable} is not set (test.sh sets it).");
        Assert.True(File.Exists(publishedApp), $"{PublishedAppVariable} names {publishedApp}, which does not exist.");

        var world = new PublishedBot(new TempFolder(), new TokenMinter(AppId));
        try
        {
            world.OpenId = await FakeOpenIdServer.StartAsync(world.Tokens.PublishedKeys);
            world.TokenService = await FakeTokenService.StartAsync();
            world.Connector = await FakeConnector.StartAsync();

            // The token service's certificate is self-signed: the child trusts it through OpenSSL's SSL_CERT_FILE.
            var trustedCertificates = world.Folder.File("trusted.pem");
            await File.WriteAllTextAsync(trustedCertificates, world.TokenService.Certificate.ExportCertificatePem());
            var tenantId = Guid.NewGuid().ToString();
            world.Bot = await ChildBot.StartAsync(
                world.Folder.File("bot.db"),
                world.Connector,
                [
                    $"--Bot:MicrosoftAppId={AppId}",
                    "--Bot:MicrosoftAppPassword=secret",
                    $"--Bot:MicrosoftAppTenantId={tenantId}",
                    $"--Bot:TokenAuthority={world.TokenService.AuthorityFor(tenantId)}",
                    $"--Bot:OpenIdMetadataUrl={world.OpenId.MetadataUrl}",
                ],
                appPath: publishedApp,
                environment: new Dictionary<string, string?> { ["SSL_CERT_FILE"] = trustedCertificates });
            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(ChildBot bot, JsonObject activity, string? authorization)
    {
        using var response = await bot.PostAsync(activity, authorization);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The published bot with an app id, and the fakes of the services it talks to.</summary>
    private sealed class PublishedBot(TempFolder folder, TokenMinter tokens) : IAsyncDisposable
    {
        public TempFolder Folder { get; } = folder;

        public TokenMinter Tokens { get; } = tokens;

        public FakeOpenIdServer OpenId { get; set; } = null!;

        public FakeTokenService TokenService { get; set; } = null!;

        public FakeConnector Connector { get; set; } = null!;

        public ChildBot Bot { get; set; } = null!;

        public async ValueTask DisposeAsync()
        {
            foreach (var resource in new IAsyncDisposable?[] { Bot, Connector, TokenService, OpenId })
            {
                if (resource is not null)
                {
                    await resource.DisposeAsync();
                }
            }

            Tokens.Dispose();
            Folder.Dispose();
        }
    }
}
