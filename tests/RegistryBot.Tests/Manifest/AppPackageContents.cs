using System.IO.Compression;
using System.Text.Json.Nodes;

namespace RegistryBot.Tests.Manifest;

/// <summary>The files of an app package, by their path in the zip.</summary>
internal sealed record AppPackageContents(IReadOnlyDictionary<string, byte[]> Entries)
{
    public static readonly AppPackageContents Empty = new(new Dictionary<string, byte[]>());

    public JsonObject Manifest => Entries.TryGetValue("manifest.json", out var manifest) ? JsonNode.Parse(manifest)!.AsObject() : [];

    public static async Task<AppPackageContents> ReadAsync(string package)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await using var zip = await ZipFile.OpenReadAsync(package);
        foreach (var entry in zip.Entries)
        {
            await using var content = await entry.OpenAsync();
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            entries.Add(entry.FullName, copy.ToArray());
        }

        return new AppPackageContents(entries);
    }
}
