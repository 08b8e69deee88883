using RegistryBot.Conversations;
using RegistryBot.Tests.Cards.Samples;

namespace RegistryBot.Tests.Manifest;

[Collection(AppPackageCollection.Name)]
public sealed class ManifestSchemaTests(AppPackageFixture package)
{
    [Fact]
    public async Task The_packaged_manifest_passes_the_v1_29_schema_offline()
    {
        if (!ManifestChecker.IsInstalled)
        {
            Assert.Fail("run: npm ci --prefix tests/cards");
        }

        Assert.True(package.Result.ExitCode == 0, package.Result.ToString());
        Assert.Equal("1.29", (string?)package.Manifest["manifestVersion"]);

        var (result, errors) = await ManifestChecker.RunAsync(package.ManifestFile);

        Assert.True(result.ExitCode == 0 && errors.Count == 0, $"The manifest does not validate:\n{string.Join('\n', errors)}\n{result.Error}");
    }

    [Fact]
    public async Task Every_command_list_offers_exactly_the_apps_text_commands()
    {
        await using var app = SampleApp.Build();
        var commands = app.Get<IEnumerable<ICommand>>().Select(command => command.Name).ToHashSet(StringComparer.Ordinal);
        var lists = package.Manifest["bots"]![0]!["commandLists"]!.AsArray();

        Assert.Equal(["personal", "team", "groupChat"], lists.SelectMany(list => list!["scopes"]!.AsArray().Select(scope => (string?)scope)));
        foreach (var list in lists)
        {
            var titles = list!["commands"]!.AsArray().Select(command => (string)command!["title"]!).ToList();
            Assert.Equal(commands.Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
            Assert.All(list["commands"]!.AsArray(), command => Assert.False(string.IsNullOrWhiteSpace((string?)command!["description"])));
        }
    }
}
