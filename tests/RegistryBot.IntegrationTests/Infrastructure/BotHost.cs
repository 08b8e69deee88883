using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>
/// The real app, built by <see cref="RegistryBotApp.Build"/>, on Kestrel at 127.0.0.1 with a port of
/// its own and a fresh LiteDB file in a temporary folder that is deleted on dispose (unless a restarted
/// host took it over).
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    public const string MessagesPath = "/api/messages";

    private readonly WebApplication _app;
    private readonly string _directory;
    private readonly string[] _settings;
    private readonly Action<IServiceCollection>? _overrideServices;
    private bool _ownsDirectory = true;
    private bool _stopped;

    private BotHost(WebApplication app, string directory, string dataFilePath, Uri baseAddress, string[] settings, Action<IServiceCollection>? overrideServices)
    {
        _app = app;
        _directory = directory;
        _settings = settings;
        _overrideServices = overrideServices;
        DataFilePath = dataFilePath;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public string DataFilePath { get; }

    /// <param name="settings">Command-line style settings, e.g. <c>--Bot:MicrosoftAppId=…</c>.</param>
    public static Task<BotHost> StartAsync(IEnumerable<string> settings, Action<IServiceCollection>? overrideServices = null) =>
        StartInAsync(Directory.CreateTempSubdirectory("registrybot-it-").FullName, [.. settings], overrideServices);

    /// <summary>
    /// Stops this app (if still running) and starts a new one with the same settings on the same data
    /// file, as a redeploy or a crash-and-restart would; the new host owns the folder from then on.
    /// </summary>
    public async Task<BotHost> RestartAsync()
    {
        Client.Dispose();
        await StopAsync();
        _ownsDirectory = false;
        return await StartInAsync(_directory, _settings, _overrideServices);
    }

    private static async Task<BotHost> StartInAsync(string directory, string[] settings, Action<IServiceCollection>? overrideServices)
    {
        var dataFilePath = Path.Combine(directory, "bot.db");
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            $"--Storage:Path={dataFilePath}",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ];

        WebApplication? app = null;
        try
        {
            app = RegistryBotApp.Build(args, overrideServices);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new BotHost(app, directory, dataFilePath, new Uri(address), settings, overrideServices);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    public Task<HttpResponseMessage> PostActivityAsync(JsonNode activity, string? authorization = null) =>
        PostAsync(new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), authorization);

    public async Task<HttpResponseMessage> PostAsync(HttpContent content, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesPath) { Content = content };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request);
    }

    public static string Bearer(string token) => new AuthenticationHeaderValue("Bearer", token).ToString();

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
        if (_ownsDirectory)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
