using System.ComponentModel.DataAnnotations;

namespace RegistryBot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The LiteDB file. Relative paths are resolved against the app's folder.</summary>
    [Required]
    public string Path { get; set; } = System.IO.Path.Combine("data", "registrybot.db");

    /// <summary>How often a failed data file is tried again.</summary>
    public TimeSpan ReopenInterval { get; set; } = TimeSpan.FromSeconds(5);

    public string ResolvedPath => System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory);
}
