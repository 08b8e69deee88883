using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using RegistryBot.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Plan row 23: the app runs in invariant globalization mode (<c>InvariantGlobalization</c> in
/// Directory.Build.props, for every project), so culture data never depends on the machine. These
/// tests check that it really does, in the test host and in the bot's own process with a German
/// locale in its environment. ICU's libraries are the witness: a .NET process maps them when it uses
/// culture data and never in invariant mode. The control run shows both that the probe sees ICU and
/// that an explicit <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=0</c> in the environment overrides the
/// runtimeconfig (deployments must not set it; the data file's binary collation keeps it readable either way).
/// </summary>
[Collection(ChildProcessCollection.Name)]
public sealed class InvariantCultureTests(ITestOutputHelper output)
{
    [Fact]
    public void The_test_host_runs_with_the_invariant_culture()
    {
        Assert.Equal(string.Empty, CultureInfo.CurrentCulture.Name);
        Assert.Equal(string.Empty, CultureInfo.CurrentUICulture.Name);
        Assert.True(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant);
        Assert.Throws<CultureNotFoundException>(() => CultureInfo.GetCultureInfo("de-DE"));
        Assert.DoesNotContain("libicu", File.ReadAllText("/proc/self/maps"), StringComparison.Ordinal);
        Figures.Record(output, nameof(InvariantCultureTests), "test host culture",
            $"invariant, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT={Environment.GetEnvironmentVariable("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT") ?? "(unset)"}");
    }

    [Fact]
    public async Task The_bot_process_runs_invariant_under_a_German_locale_and_serves()
    {
        var config = JsonNode.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(ChildBot.AppPath, ".runtimeconfig.json")))!;
        Assert.True((bool?)config["runtimeOptions"]?["configProperties"]?["System.Globalization.Invariant"]);

        using var folder = new TempFolder();
        await using var connector = await FakeConnector.StartAsync();
        var german = new Dictionary<string, string?> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = null };
        await using (var bot = ChildBot.Launch(folder.File("bot.db"), connector, [], german))
        {
            await bot.WaitListeningAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(HttpStatusCode.OK, await bot.WaitHealthAsync(HttpStatusCode.OK, TimeSpan.FromSeconds(20)));
            var placed = await bot.Driver(Member.Personal()).PlaceOrderAsync();
            Assert.NotNull(placed.OrderId);
            Assert.False(bot.LoadsIcu(), "The bot process has ICU loaded: it is not in invariant mode.");
        }

        // Control: invariant mode switched off from the environment; the probe must then see ICU.
        var cultureAware = new Dictionary<string, string?>(german) { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0" };
        await using (var bot = ChildBot.Launch(folder.File("control.db"), connector, [], cultureAware))
        {
            await bot.WaitListeningAsync(TimeSpan.FromSeconds(20));
            Assert.True(bot.LoadsIcu(), "The probe does not see ICU even in a culture-aware process.");
        }

        Figures.Record(output, nameof(InvariantCultureTests), "bot process under LANG=de_DE.UTF-8", "invariant, no ICU loaded");
        Figures.Record(output, nameof(InvariantCultureTests), "bot process with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=0 (control)", "ICU loaded");
    }
}
