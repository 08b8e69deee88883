using Microsoft.Extensions.Configuration;

namespace RegistryBot.AppPackage;

/// <summary>
/// The <c>TeamsApp</c> settings: defaults from <c>manifest/app.settings.json</c>, overridden by environment
/// variables (<c>TeamsApp__DeveloperName</c>, <c>TeamsApp__ValidDomains__0</c>), as the bot reads its own settings.
/// </summary>
internal sealed class TeamsAppSettings
{
    public const string Section = "TeamsApp";

    public string Version { get; set; } = "";

    public string ShortName { get; set; } = "";

    public string FullName { get; set; } = "";

    public string DeveloperName { get; set; } = "";

    public string WebsiteUrl { get; set; } = "";

    public string PrivacyUrl { get; set; } = "";

    public string TermsOfUseUrl { get; set; } = "";

    public string AccentColor { get; set; } = "";

    public string[] ValidDomains { get; set; } = [];

    public static TeamsAppSettings Load(string settingsFile)
    {
        if (!File.Exists(settingsFile))
        {
            throw new InvalidInputException($"the settings file '{settingsFile}' is missing.");
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(settingsFile, optional: false, reloadOnChange: false)
            .AddEnvironmentVariables()
            .Build();
        return configuration.GetSection(Section).Get<TeamsAppSettings>() ?? new TeamsAppSettings();
    }
}
