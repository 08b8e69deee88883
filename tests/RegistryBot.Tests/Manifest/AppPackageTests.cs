using System.Text.Json.Nodes;

namespace RegistryBot.Tests.Manifest;

[Collection(AppPackageCollection.Name)]
public sealed class AppPackageTests(AppPackageFixture package)
{
    private const string OtherAppId = "0b6f1e2d-3c4a-4b5e-8f70-91a2b3c4d5e6";

    [Fact]
    public void The_package_holds_exactly_the_manifest_and_its_two_icons_at_its_root()
    {
        Assert.True(package.Result.ExitCode == 0, package.Result.ToString());
        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.Contents.Entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("color.png", (string?)package.Manifest["icons"]?["color"]);
        Assert.Equal("outline.png", (string?)package.Manifest["icons"]?["outline"]);
    }

    [Fact]
    public void The_manifest_is_filled_from_the_options_and_the_settings()
    {
        var manifest = package.Manifest;
        var bot = manifest["bots"]![0]!;

        Assert.Equal(AppPackageFixture.BotId, (string?)manifest["id"]);
        Assert.Equal(AppPackageFixture.BotId, (string?)bot["botId"]);
        Assert.Equal(AppPackageFixture.Version, (string?)manifest["version"]);
        Assert.Equal([AppPackageFixture.Domain], manifest["validDomains"]!.AsArray().Select(domain => (string?)domain));
        Assert.Equal(AppPackageFixture.DeveloperName, (string?)manifest["developer"]?["name"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(scope => (string?)scope));
        Assert.False((bool?)bot["supportsFiles"]);
        Assert.False((bool?)bot["isNotificationOnly"]);
    }

    [Fact]
    public void No_placeholder_is_left_in_the_manifest()
    {
        var leftovers = Strings(package.Manifest).Where(text => text.Contains("{{", StringComparison.Ordinal)).ToList();

        Assert.True(leftovers.Count == 0, $"Unfilled placeholders: {string.Join(", ", leftovers)}");
    }

    [Fact]
    public async Task An_app_id_given_apart_from_the_bot_id_is_the_manifest_id()
    {
        var output = Path.Combine(package.Folder, "separate-app-id.zip");

        var result = await PackageCommand.RunAsync(["--bot-id", AppPackageFixture.BotId, "--app-id", OtherAppId, "--output", output]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var manifest = (await AppPackageContents.ReadAsync(output)).Manifest;
        Assert.Equal(OtherAppId, (string?)manifest["id"]);
        Assert.Equal(AppPackageFixture.BotId, (string?)manifest["bots"]?[0]?["botId"]);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("8d3f2a64-5b1c-4e7a-9f0d-2c6b7e1a4d9")]
    [InlineData("{8d3f2a64-5b1c-4e7a-9f0d-2c6b7e1a4d93}")]
    public async Task A_malformed_bot_id_is_refused(string botId)
    {
        var output = Path.Combine(package.Folder, "malformed.zip");

        var result = await PackageCommand.RunAsync(["--bot-id", botId, "--output", output]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"--bot-id '{botId}' is not a valid id", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_missing_bot_id_is_refused()
    {
        var output = Path.Combine(package.Folder, "missing.zip");

        var result = await PackageCommand.RunAsync(["--output", output]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--bot-id is required", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task An_invalid_setting_is_refused_with_its_name()
    {
        var output = Path.Combine(package.Folder, "bad-setting.zip");

        var result = await PackageCommand.RunAsync(
            ["--bot-id", AppPackageFixture.BotId, "--output", output],
            new Dictionary<string, string> { ["AccentColor"] = "blue", ["PrivacyUrl"] = "http://provider.example/privacy" });

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("TeamsApp:AccentColor 'blue'", result.Error, StringComparison.Ordinal);
        Assert.Contains("TeamsApp:PrivacyUrl 'http://provider.example/privacy' must be an absolute https URL", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(property => Strings(property.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
