using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace RegistryBot.LoadTest.Reports;

public static class ReportFile
{
    public static async Task WriteAsync<T>(string? path, T report, JsonTypeInfo<T> typeInfo)
    {
        if (path is null)
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, report, typeInfo);
        Console.WriteLine($"JSON report: {path}");
    }
}
