using System.Text.Json.Nodes;

namespace RegistryBot.Tests.Manifest;

/// <summary>Builds one app package with <c>./package.sh</c> into a temporary folder and reads it back.</summary>
public sealed class AppPackageFixture : IAsyncLifetime
{
    public const string BotId = "8d3f2a64-5b1c-4e7a-9f0d-2c6b7e1a4d93";
    public const string Version = "2.3.4";
    public const string Domain = "bot.contoso.example";
    public const string DeveloperName = "Contoso Hosting";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("registrybot-app-package-");

    internal ProcessResult Result { get; private set; } = new(-1, "", "");

    internal AppPackageContents Contents { get; private set; } = AppPackageContents.Empty;

    internal JsonObject Manifest { get; private set; } = [];

    public string Folder => _folder.FullName;

    public string ManifestFile => Path.Combine(Folder, "manifest.json");

    public async Task InitializeAsync()
    {
        var package = Path.Combine(Folder, "appPackage.zip");
        Result = await PackageCommand.RunAsync(
            ["--bot-id", BotId, "--version", Version, "--domain", Domain, "--output", package],
            new Dictionary<string, string> { ["DeveloperName"] = DeveloperName });
        if (Result.ExitCode != 0)
        {
            return;
        }

        Contents = await AppPackageContents.ReadAsync(package);
        Manifest = Contents.Manifest;
        if (Contents.Entries.TryGetValue("manifest.json", out var manifest))
        {
            await File.WriteAllBytesAsync(ManifestFile, manifest);
        }
    }

    public Task DisposeAsync()
    {
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
