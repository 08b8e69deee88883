namespace RegistryBot.Hosting;

public sealed class ShutdownOptions
{
    public const string SectionName = "Shutdown";

    /// <summary>How long SIGTERM waits for a running status job and open requests before the process exits.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
