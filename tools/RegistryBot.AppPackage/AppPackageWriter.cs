using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RegistryBot.AppPackage;

/// <summary>
/// Writes the app package: <c>manifest.json</c> and the icons it names, all at the zip's root, as Teams requires
/// (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package).
/// </summary>
internal static class AppPackageWriter
{
    public const string ManifestEntry = "manifest.json";

    private static readonly JsonSerializerOptions ManifestJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(JsonObject manifest, ManifestFolder folder, string output)
    {
        var icons = IconFiles(manifest, folder);
        var target = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        var partial = target + ".partial";
        try
        {
            WriteZip(partial, manifest, folder, icons);
            File.Move(partial, target, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }

        return target;
    }

    private static void WriteZip(string path, JsonObject manifest, ManifestFolder folder, List<string> icons)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry(ManifestEntry).Open()))
        {
            writer.Write(manifest.ToJsonString(ManifestJson));
        }

        foreach (var icon in icons)
        {
            zip.CreateEntryFromFile(Path.Combine(folder.Path, icon), icon);
        }
    }

    private static List<string> IconFiles(JsonObject manifest, ManifestFolder folder)
    {
        if (manifest["icons"] is not JsonObject icons)
        {
            throw new InvalidInputException("the manifest template has no icons.");
        }

        var files = icons
            .Select(icon => icon.Value is JsonValue value && value.TryGetValue<string>(out var file) ? file : "")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var problems = new List<string>();
        foreach (var file in files)
        {
            if (file.Length == 0 || Path.GetFileName(file) != file)
            {
                problems.Add($"icon '{file}' must be a file name: the package holds its files at the root.");
            }
            else if (!File.Exists(Path.Combine(folder.Path, file)))
            {
                problems.Add($"icon '{file}' is not in {folder.Path}.");
            }
        }

        return problems.Count == 0 ? files : throw new InvalidInputException(problems);
    }
}
