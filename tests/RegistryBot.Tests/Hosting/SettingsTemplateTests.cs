using System.Reflection;
using System.Text.Json;
using RegistryBot.Hosting;
using RegistryBot.Storage;
using RegistryBot.Teams.Hosting;
using RegistryBot.Tests.Cards.Samples;

namespace RegistryBot.Tests.Hosting;

/// <summary>
/// <c>appsettings.template.json</c> documents every setting: each property of every options class
/// bound to a configuration section appears in it, and it names none that the options do not have.
/// </summary>
public sealed class SettingsTemplateTests
{
    private static readonly Assembly[] OptionsAssemblies = [typeof(StorageOptions).Assembly, typeof(TeamsOptions).Assembly];

    [Fact]
    public void Every_setting_of_every_options_section_is_in_the_template()
    {
        var documented = TemplateKeys();

        var missing = OptionsSections().SelectMany(section => SettingPaths(section.Type, section.Name))
            .Where(path => !documented.Contains(path))
            .ToList();

        Assert.True(missing.Count == 0, "Not in appsettings.template.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_template_names_no_setting_the_options_do_not_have()
    {
        var sections = OptionsSections().ToList();
        var known = sections.SelectMany(section => SettingPaths(section.Type, section.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unknown = TemplateKeys()
            .Where(path => sections.Any(section => path.StartsWith(section.Name + ":", StringComparison.OrdinalIgnoreCase)))
            .Where(path => !known.Contains(path))
            .ToList();

        Assert.True(unknown.Count == 0, "In appsettings.template.json but no option reads them: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Sections_are_found_in_both_assemblies()
    {
        var names = OptionsSections().Select(section => section.Name).ToList();

        Assert.Contains("Storage", names);
        Assert.Contains("Portal", names);
        Assert.Contains("Bot", names);
    }

    /// <summary>Every options class of both assemblies that names its configuration section.</summary>
    internal static IEnumerable<(string Name, Type Type)> OptionsSections() =>
        from assembly in OptionsAssemblies
        from type in assembly.GetTypes()
        let field = type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)
        where field is { IsLiteral: true } && field.FieldType == typeof(string)
        select ((string)field.GetRawConstantValue()!, type);

    private static IEnumerable<string> SettingPaths(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.SetMethod?.IsPublic == true))
        {
            var path = prefix + ":" + property.Name;
            yield return path;

            var nested = OptionsShape.ElementType(property.PropertyType) ?? property.PropertyType;
            if (!OptionsShape.IsScalar(nested))
            {
                foreach (var inner in SettingPaths(nested, path))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Every key of the template as a configuration path; an array's elements add their keys under the array's.</summary>
    private static HashSet<string> TemplateKeys()
    {
        var path = Path.Combine(RepositoryLayout.Root, "appsettings.template.json");
        using var template = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Collect(template.RootElement, null, keys);
        return keys;
    }

    private static void Collect(JsonElement element, string? path, HashSet<string> keys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var inner = path is null ? property.Name : path + ":" + property.Name;
                    keys.Add(inner);
                    Collect(property.Value, inner, keys);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, path, keys);
                }

                break;
        }
    }
}
