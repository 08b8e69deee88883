using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using RegistryBot.Hosting;
using RegistryBot.Tests.Cards.Samples;
using RegistryBot.Tests.Portal;

namespace RegistryBot.Tests.Hosting;

/// <summary>A setting under the bot's own sections that no option reads is named at start, not silently ignored.</summary>
public sealed class UnknownSettingsTests
{
    [Fact]
    public void Settings_the_options_read_are_not_reported_whatever_their_case()
    {
        var configuration = Configuration(new()
        {
            ["Storage:Path"] = "data/x.db",
            ["storage:reopeninterval"] = "00:00:01",
            ["Bot:RateLimits:PerUserBurst"] = "5",
            ["Bot:AllowedTenants:0"] = "tenant-a",
            ["Catalog:NodeSizes:0:Code"] = "s",
            ["Catalog:NodeSizes:0:MonthlyPrice"] = "12.5",
            ["Portal:Simulator:BillingProfiles:1:Name"] = "Finance",
            ["Shutdown:Timeout"] = "00:00:05",
        });

        Assert.Empty(UnknownSettings.Find(configuration, SettingsSections.All));
    }

    [Fact]
    public void Misspelt_and_renamed_settings_are_reported_at_every_depth()
    {
        var configuration = Configuration(new()
        {
            ["Storage:Pth"] = "data/x.db",
            ["Deduplication:RecentAnswers"] = "0",
            ["Bot:RateLimits:PerUserBurts"] = "5",
            ["Catalog:NodeSizes:0:Cpus"] = "4",
            ["Portal:Simulator:Bogus"] = "1",
            ["Storage:Path:Extra"] = "below a scalar",
        });

        var unknown = UnknownSettings.Find(configuration, SettingsSections.All);

        Assert.Equal(
            ["Bot:RateLimits:PerUserBurts", "Catalog:NodeSizes:0:Cpus", "Deduplication:RecentAnswers", "Portal:Simulator:Bogus", "Storage:Path:Extra", "Storage:Pth"],
            unknown.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sections_that_are_not_the_bots_own_are_left_to_their_owners()
    {
        var configuration = Configuration(new()
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Kestrel:Endpoints:Http:Url"] = "http://127.0.0.1:5000",
            ["urls"] = "http://127.0.0.1:3978",
            ["Quartz:Anything"] = "x",
        });

        Assert.Empty(UnknownSettings.Find(configuration, SettingsSections.All));
    }

    [Fact]
    public void A_renamed_setting_is_logged_with_the_key_that_replaced_it_and_an_unknown_one_as_not_read()
    {
        var configuration = Configuration(new()
        {
            ["Deduplication:RecentAnswers"] = "0",
            ["Storage:Pth"] = "data/x.db",
            ["Storage:Path"] = "data/x.db",
        });
        using var logs = new RecordingLoggerProvider();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs));

        UnknownSettings.Warn(configuration, factory.CreateLogger("test"));

        Assert.Equal(2, logs.Entries.Count);
        var renamed = Assert.Single(logs.Entries, entry => entry.Id.Id == 9003);
        Assert.Contains("Deduplication:RecentAnswers", renamed.Message, StringComparison.Ordinal);
        Assert.Contains("Deduplication:RecentAnswerBytes", renamed.Message, StringComparison.Ordinal);
        var unknown = Assert.Single(logs.Entries, entry => entry.Id.Id == 9002);
        Assert.Contains("Storage:Pth", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_options_section_of_both_assemblies_is_checked()
    {
        Assert.Equal(
            SettingsTemplateTests.OptionsSections().OrderBy(section => section.Name, StringComparer.Ordinal),
            SettingsSections.All.Select(section => (section.Name, section.Options)).OrderBy(section => section.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void The_template_and_the_shipped_settings_name_only_settings_that_are_read()
    {
        foreach (var file in new[] { "appsettings.template.json", Path.Combine("src", "RegistryBot", "appsettings.json") })
        {
            var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(RepositoryLayout.Root, file), optional: false).Build();

            Assert.True(UnknownSettings.Find(configuration, SettingsSections.All).Count == 0, file + ": " + string.Join(", ", UnknownSettings.Find(configuration, SettingsSections.All)));
        }
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
