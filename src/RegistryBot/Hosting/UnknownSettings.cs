using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace RegistryBot.Hosting;

/// <summary>
/// Finds the settings, under the bot's own sections, that no option reads. The configuration binder
/// skips them without a word, so a misspelt key or one a newer version renamed would leave its
/// default in force while the operator believes it changed; the bot warns at start instead.
/// </summary>
public static partial class UnknownSettings
{
    /// <summary>Settings that were renamed, with the key that replaced them.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Deduplication:RecentAnswers"] = "Deduplication:RecentAnswerBytes (a byte budget, not a count)",
    };

    /// <summary>The configuration paths under <paramref name="sections"/> that no option reads, in configuration order.</summary>
    public static IReadOnlyList<string> Find(IConfiguration configuration, IEnumerable<SettingsSection> sections)
    {
        var unknown = new List<string>();
        foreach (var section in sections)
        {
            CollectObject(configuration.GetSection(section.Name), section.Options, unknown);
        }

        return unknown;
    }

    public static void Warn(IConfiguration configuration, ILogger logger)
    {
        foreach (var path in Find(configuration, SettingsSections.All))
        {
            if (Renamed.TryGetValue(path, out var replacement))
            {
                LogRenamed(logger, path, replacement);
            }
            else
            {
                LogUnknown(logger, path);
            }
        }
    }

    private static void CollectObject(
        IConfigurationSection section,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type options,
        List<string> unknown)
    {
        var settable = options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod?.IsPublic == true)
            .ToDictionary(property => property.Name, StringComparer.OrdinalIgnoreCase);

        foreach (var child in section.GetChildren())
        {
            if (settable.TryGetValue(child.Key, out var property))
            {
                CollectValue(child, property.PropertyType, unknown);
            }
            else
            {
                unknown.Add(child.Path);
            }
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Options types and the types of their properties live in the bot's own assemblies, which the release keeps whole.")]
    private static void CollectValue(IConfigurationSection section, Type type, List<string> unknown)
    {
        if (OptionsShape.ElementType(type) is { } element)
        {
            foreach (var item in section.GetChildren())
            {
                CollectValue(item, element, unknown);
            }
        }
        else if (OptionsShape.IsScalar(type))
        {
            // The binder reads a scalar's own value; anything configured below it is never read.
            unknown.AddRange(section.GetChildren().Select(child => child.Path));
        }
        else
        {
            CollectObject(section, type, unknown);
        }
    }

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "The setting {Path} is not read and has no effect; appsettings.template.json lists every setting")]
    private static partial void LogUnknown(ILogger logger, string path);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "The setting {Path} was renamed and is no longer read; set {Replacement} instead")]
    private static partial void LogRenamed(ILogger logger, string path, string replacement);
}
