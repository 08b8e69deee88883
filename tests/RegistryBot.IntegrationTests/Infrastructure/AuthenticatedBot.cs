using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using RegistryBot.Conversations;
using RegistryBot.Teams.Connector;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>
/// The bot with an app id, as in production: inbound tokens checked against a local OpenID
/// metadata endpoint, outbound tokens from a local token service over https, replies to a fake connector.
/// </summary>
public sealed class AuthenticatedBot : ITestBot, IAsyncDisposable
{
    public const string AppPassword = "secret";

    private AuthenticatedBot(string appId, string tenantId, TestTokenIssuer tokens, FakeOpenIdServer openId, FakeTokenService tokenService, TrustingMsalHttpClientFactory msalHttpClientFactory, FakeConnector connector, BotHost host)
    {
        AppId = appId;
        TenantId = tenantId;
        Tokens = tokens;
        OpenId = openId;
        TokenService = tokenService;
        MsalHttpClientFactory = msalHttpClientFactory;
        Connector = connector;
        Host = host;
        Activities = new ActivityFactory(connector.ServiceUrl, appId);
    }

    public string AppId { get; }

    /// <summary>The bot's own Entra tenant (SingleTenant registration), which its token requests name.</summary>
    public string TenantId { get; }

    public TestTokenIssuer Tokens { get; }

    public FakeOpenIdServer OpenId { get; }

    public FakeTokenService TokenService { get; }

    /// <summary>The HttpClient source MSAL uses in this bot: it trusts the token service's certificate.</summary>
    public TrustingMsalHttpClientFactory MsalHttpClientFactory { get; }

    public FakeConnector Connector { get; }

    public BotHost Host { get; private set; }

    public ActivityFactory Activities { get; }

    public ConversationReferenceStore References => Host.Services.GetRequiredService<ConversationReferenceStore>();

    public IConnectorClient ConnectorClient => Host.Services.GetRequiredService<IConnectorClient>();

    /// <param name="settings">Settings beyond the bot's identity, e.g. <c>--StatusPolling:Interval=00:00:00.200</c>.</param>
    public static Task<AuthenticatedBot> StartAsync(params string[] settings) => StartAsync(_ => { }, settings);

    /// <param name="services">Replaces services of the app, e.g. a portal that answers when the test says so.</param>
    /// <param name="settings">Settings beyond the bot's identity.</param>
    public static async Task<AuthenticatedBot> StartAsync(Action<IServiceCollection> services, params string[] settings)
    {
        var appId = Guid.NewGuid().ToString();
        var tenantId = Guid.NewGuid().ToString();
        var tokens = new TestTokenIssuer(appId);
        FakeOpenIdServer? openId = null;
        FakeTokenService? tokenService = null;
        TrustingMsalHttpClientFactory? msalHttpClientFactory = null;
        FakeConnector? connector = null;
        try
        {
            openId = await FakeOpenIdServer.StartAsync(tokens.PublishedKeys);
            tokenService = await FakeTokenService.StartAsync();
            connector = await FakeConnector.StartAsync();
            string[] identity =
            [
                $"--Bot:MicrosoftAppId={appId}",
                $"--Bot:MicrosoftAppPassword={AppPassword}",
                $"--Bot:MicrosoftAppTenantId={tenantId}",
                $"--Bot:TokenAuthority={tokenService.AuthorityFor(tenantId)}",
                $"--Bot:OpenIdMetadataUrl={openId.MetadataUrl}",
            ];
            var trusting = msalHttpClientFactory = new TrustingMsalHttpClientFactory(tokenService.Certificate);
            var host = await BotHost.StartAsync(
                [.. identity, .. settings],
                collection =>
                {
                    collection.AddSingleton<IMsalHttpClientFactory>(trusting);
                    services(collection);
                });
            return new AuthenticatedBot(appId, tenantId, tokens, openId, tokenService, trusting, connector, host);
        }
        catch
        {
            await DisposeAllAsync(connector, tokenService, openId);
            msalHttpClientFactory?.Dispose();
            tokens.Dispose();
            throw;
        }
    }

    /// <summary>Posts the activity with a valid token for its serviceUrl, as the Bot Connector would.</summary>
    public Task<HttpResponseMessage> SendAsync(JsonNode activity)
    {
        var serviceUrl = (string?)activity["serviceUrl"] ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity));
        return SendAsync(activity, BotHost.Bearer(Tokens.Mint(Tokens.For(serviceUrl))));
    }

    public Task<HttpResponseMessage> SendAsync(JsonNode activity, string? authorization) => Host.PostActivityAsync(activity, authorization);

    /// <summary>
    /// Stops the app (if it is still running) and starts it again on the same data file, with the same
    /// settings and the same fakes around it: a redeploy or a crash-and-restart.
    /// </summary>
    public async Task RestartAsync() => Host = await Host.RestartAsync();

    /// <summary>Sends <c>help</c> in a new conversation and waits for the answer: every earlier turn is then over.</summary>
    public async Task ProbeAsync()
    {
        var conversation = TestConversation.Personal();
        using var response = await SendAsync(Activities.Message("help", conversation));
        response.EnsureSuccessStatusCode();
        await Connector.WaitForRequestsAsync(conversation.Id, 1, TestTimeouts.Reply);
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeAllAsync(Host, Connector, TokenService, OpenId);
        MsalHttpClientFactory.Dispose();
        Tokens.Dispose();
    }

    private static async Task DisposeAllAsync(params IAsyncDisposable?[] resources)
    {
        foreach (var resource in resources)
        {
            if (resource is not null)
            {
                await resource.DisposeAsync();
            }
        }
    }
}
