using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using RegistryBot.Audit;
using RegistryBot.Conversations;
using RegistryBot.Teams.Connector;
using RegistryBot.Teams.Hosting;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>
/// The real app (<see cref="RegistryBotApp.Build"/>) in this process on 127.0.0.1, with authentication
/// on: an app id, inbound tokens checked against a local OpenID server, a fake connector behind the
/// serviceUrl, and a fresh LiteDB file in a temporary folder. Only the outbound token is a fixed string.
/// </summary>
public sealed class InProcessBot : IBotEndpoint, IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;
    private bool _stopped;

    private InProcessBot(WebApplication app, string directory, TokenMinter tokens, FakeOpenIdServer openId, FakeConnector connector, CountingActivityHandler handler)
    {
        _app = app;
        _directory = directory;
        Tokens = tokens;
        OpenId = openId;
        Connector = connector;
        Handler = handler;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Activities = new Activities(connector.ServiceUrl, tokens.AppId);
    }

    public TokenMinter Tokens { get; }

    public FakeOpenIdServer OpenId { get; }

    public FakeConnector Connector { get; }

    public CountingActivityHandler Handler { get; }

    public Activities Activities { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public string DataFilePath => Path.Combine(_directory, "bot.db");

    public AuditLog Audit => Services.GetRequiredService<AuditLog>();

    public ConversationReferenceStore References => Services.GetRequiredService<ConversationReferenceStore>();

    /// <param name="settings">Command-line settings beyond identity and storage, e.g. <c>--StatusPolling:Interval=00:00:00.200</c>.</param>
    public static Task<InProcessBot> StartAsync(params string[] settings) => StartAsync(settings, overrideServices: null);

    /// <param name="overrideServices">Replaces app services after the app registered its own (a fault to inject, say).</param>
    public static async Task<InProcessBot> StartAsync(string[] settings, Action<IServiceCollection>? overrideServices)
    {
        var appId = Guid.NewGuid().ToString();
        var tokens = new TokenMinter(appId);
        var directory = Directory.CreateTempSubdirectory("registrybot-rel-").FullName;
        FakeOpenIdServer? openId = null;
        FakeConnector? connector = null;
        WebApplication? app = null;
        try
        {
            openId = await FakeOpenIdServer.StartAsync(tokens.PublishedKeys);
            connector = await FakeConnector.StartAsync();
            string[] args =
            [
                "--urls", "http://127.0.0.1:0",
                $"--Storage:Path={Path.Combine(directory, "bot.db")}",
                $"--Logging:LogLevel:Default={Environment.GetEnvironmentVariable("RELIABILITY_LOG") ?? "None"}",
                $"--Bot:MicrosoftAppId={appId}",
                "--Bot:MicrosoftAppPassword=not-used",
                $"--Bot:MicrosoftAppTenantId={Guid.NewGuid()}",
                $"--Bot:OpenIdMetadataUrl={openId.MetadataUrl}",
                .. settings,
            ];
            CountingActivityHandler? handler = null;
            app = RegistryBotApp.Build(args, services =>
            {
                services.AddSingleton<IBotTokenProvider, StaticBotToken>();
                services.AddSingleton<ActivityRouter>();
                services.AddSingleton<IActivityHandler>(provider => handler = new CountingActivityHandler(provider.GetRequiredService<ActivityRouter>()));
                overrideServices?.Invoke(services);
            });
            await app.StartAsync();
            _ = app.Services.GetRequiredService<IActivityHandler>();
            return new InProcessBot(app, directory, tokens, openId, connector, handler!);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            if (connector is not null)
            {
                await connector.DisposeAsync();
            }

            if (openId is not null)
            {
                await openId.DisposeAsync();
            }

            tokens.Dispose();
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, CancellationToken cancellationToken) =>
        PostAsync(activity, Tokens.BearerFor((string)activity["serviceUrl"]!), cancellationToken);

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization, CancellationToken cancellationToken = default) =>
        PostAsync(new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), authorization, cancellationToken);

    public async Task<HttpResponseMessage> PostAsync(HttpContent content, string? authorization, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TeamsEndpointRouteBuilderExtensions.MessagesRoute) { Content = content };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request, cancellationToken);
    }

    public OrderDriver Driver(Member member) => new(this, member);

    public LiteDB.LiteDatabase Database => Services.GetRequiredService<Storage.LiteDbStore>().Database;

    /// <summary>Sends a valid help message in a new conversation and waits for its reply: every earlier turn is then over.</summary>
    public async Task ProbeAsync()
    {
        var member = Member.Personal();
        using var response = await PostAsync(Activities.Message("help", member), CancellationToken.None);
        response.EnsureSuccessStatusCode();
        await Connector.WaitForAsync(request => request.ConversationId == member.ConversationId, OrderDriver.ReplyTimeout, "the probe's reply");
    }

    /// <summary>Stops the app and closes its data file, which stays on disk until dispose.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await StopAsync();
        await Connector.DisposeAsync();
        await OpenId.DisposeAsync();
        Tokens.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
