using System.Text.Json.Nodes;

namespace RegistryBot.AppPackage;

/// <summary>Every value the template's placeholders take, checked against the manifest's rules.</summary>
internal sealed record ManifestValues(
    string AppId,
    string BotId,
    string Version,
    IReadOnlyList<string> ValidDomains,
    TeamsAppSettings Settings)
{
    private const string GuidShape = "a GUID like xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";

    public static ManifestValues Resolve(PackageArguments arguments, TeamsAppSettings settings)
    {
        var problems = new List<string>();

        var botId = Id("--bot-id", arguments.BotId, $"the Azure Bot's Microsoft App ID, {GuidShape}", problems);
        var appId = arguments.AppId is null ? botId : Id("--app-id", arguments.AppId, GuidShape, problems);

        var version = arguments.Version ?? settings.Version;
        if (!ValueRules.IsVersion(version))
        {
            problems.Add($"version '{version}' must be MAJOR.MINOR.PATCH, like 1.0.0 (--version or {TeamsAppSettings.Section}:Version).");
        }

        var domains = (arguments.Domains.Count > 0 ? arguments.Domains : settings.ValidDomains)
            .Select(domain => domain.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        problems.AddRange(DomainProblems(domains));
        problems.AddRange(SettingProblems(settings));

        return problems.Count == 0 && appId is not null && botId is not null
            ? new ManifestValues(appId, botId, version, domains, settings)
            : throw new InvalidInputException(problems);
    }

    public IReadOnlyDictionary<string, JsonNode> Placeholders() => new Dictionary<string, JsonNode>(StringComparer.Ordinal)
    {
        ["appId"] = AppId,
        ["botId"] = BotId,
        ["version"] = Version,
        ["validDomains"] = new JsonArray([.. ValidDomains.Select(domain => JsonValue.Create(domain))]),
        ["shortName"] = Settings.ShortName,
        ["fullName"] = Settings.FullName,
        ["developerName"] = Settings.DeveloperName,
        ["websiteUrl"] = Settings.WebsiteUrl,
        ["privacyUrl"] = Settings.PrivacyUrl,
        ["termsOfUseUrl"] = Settings.TermsOfUseUrl,
        ["accentColor"] = Settings.AccentColor,
    };

    private static string? Id(string option, string? value, string expected, List<string> problems)
    {
        var id = value?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            problems.Add($"{option} is required: {expected}.");
            return null;
        }

        if (!ValueRules.IsGuid(id))
        {
            problems.Add($"{option} '{id}' is not a valid id: expected {expected}.");
            return null;
        }

        return id.ToLowerInvariant();
    }

    private static IEnumerable<string> DomainProblems(IReadOnlyList<string> domains)
    {
        foreach (var domain in domains.Where(domain => !ValueRules.IsDomain(domain)))
        {
            yield return $"'{domain}' is not a valid domain: give a host name like bot.example.com, without https:// or a path.";
        }

        if (domains.Count > ValueRules.MaxValidDomains)
        {
            yield return $"at most {ValueRules.MaxValidDomains} valid domains are allowed; {domains.Count} were given.";
        }
    }

    private static IEnumerable<string> SettingProblems(TeamsAppSettings settings)
    {
        const string prefix = TeamsAppSettings.Section + ":";
        if (!HasLength(settings.ShortName, ValueRules.MaxShortName))
        {
            yield return $"{prefix}ShortName must have 1 to {ValueRules.MaxShortName} characters.";
        }

        if (!HasLength(settings.FullName, ValueRules.MaxFullName))
        {
            yield return $"{prefix}FullName must have 1 to {ValueRules.MaxFullName} characters.";
        }

        if (!HasLength(settings.DeveloperName, ValueRules.MaxDeveloperName))
        {
            yield return $"{prefix}DeveloperName must have 1 to {ValueRules.MaxDeveloperName} characters.";
        }

        foreach (var (name, url) in new[] { ("WebsiteUrl", settings.WebsiteUrl), ("PrivacyUrl", settings.PrivacyUrl), ("TermsOfUseUrl", settings.TermsOfUseUrl) })
        {
            if (!ValueRules.IsHttpsUrl(url))
            {
                yield return $"{prefix}{name} '{url}' must be an absolute https URL.";
            }
        }

        if (!ValueRules.IsHexColor(settings.AccentColor))
        {
            yield return $"{prefix}AccentColor '{settings.AccentColor}' must be an HTML colour like #1D5FA8.";
        }
    }

    private static bool HasLength(string value, int maxLength) => !string.IsNullOrWhiteSpace(value) && value.Length <= maxLength;
}
