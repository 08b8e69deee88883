using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace RegistryBot.Tests.Cards.Samples;

/// <summary>The real app, built but not started, with its data file in a folder of its own.</summary>
internal sealed class SampleApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DirectoryInfo _dataFolder;

    private SampleApp(WebApplication app, DirectoryInfo dataFolder)
    {
        _app = app;
        _dataFolder = dataFolder;
    }

    public static SampleApp Build()
    {
        var dataFolder = Directory.CreateTempSubdirectory("registrybot-card-samples-");
        var storagePath = Path.Combine(dataFolder.FullName, "registrybot.db");
        return new SampleApp(RegistryBotApp.Build(["--urls", "http://127.0.0.1:0", "--Storage:Path=" + storagePath]), dataFolder);
    }

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _dataFolder.Delete(recursive: true);
    }
}
