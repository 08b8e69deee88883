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
/// its own and a fresh LiteDB file in a temporary folder that is deleted on dispose.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    public const string MessagesPath = "/api/messages";

    private readonly WebApplication _app;
    private readonly string _directory;
    private bool _stopped;

    private BotHost(WebApplication app, string directory, string dataFilePath, Uri baseAddress)
    {
        _app = app;
        _directory = directory;
        DataFilePath = dataFilePath;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public string DataFilePath { get; }

    /// <param name="settings">Command-line style settings, e.g. <c>--Bot:MicrosoftAppId=…</c>.</param>
    public static async Task<BotHost> StartAsync(IEnumerable<string> settings, Action<IServiceCollection>? overrideServices = null)
    {
        var directory = Directory.CreateTempSubdirectory("registrybot-it-").FullName;
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
            return new BotHost(app, directory, dataFilePath, new Uri(address));
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
        Directory.Delete(_directory, recursive: true);
    }
}
