using System.ComponentModel.DataAnnotations;

namespace RegistryBot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The LiteDB file. Relative paths are resolved against the app's folder.</summary>
    [Required]
    public string Path { get; set; } = System.IO.Path.Combine("data", "registrybot.db");

    /// <summary>
    /// How many 8 KiB pages the write-ahead log (<c>name-log.db</c>) may hold before it is copied into the
    /// data file; LiteDB's own default, 1,000, is 8 MiB.
    /// </summary>
    [Range(1, 1_000_000)]
    public int CheckpointPages { get; set; } = 1000;

    /// <summary>How often a failed data file is tried again.</summary>
    public TimeSpan ReopenInterval { get; set; } = TimeSpan.FromSeconds(5);

    public string ResolvedPath => System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory);
}
