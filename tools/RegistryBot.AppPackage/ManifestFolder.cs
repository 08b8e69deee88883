namespace RegistryBot.AppPackage;

/// <summary>The manifest template, its settings and its icons, copied from the repository's <c>manifest/</c> at build.</summary>
internal sealed record ManifestFolder(string Path)
{
    public string TemplateFile => System.IO.Path.Combine(Path, "manifest.template.json");

    public string SettingsFile => System.IO.Path.Combine(Path, "app.settings.json");

    public static ManifestFolder BesideTool() => new(System.IO.Path.Combine(AppContext.BaseDirectory, "manifest"));
}
