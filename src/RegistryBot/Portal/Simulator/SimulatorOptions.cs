namespace RegistryBot.Portal;

/// <summary>The built-in portal simulator, for demos and local runs: no provider account needed.</summary>
public sealed class SimulatorOptions
{
    /// <summary>From placing to <c>processing</c>.</summary>
    public TimeSpan ProcessingAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>From <c>processing</c> to <c>DONE</c> (or <c>failed</c>).</summary>
    public TimeSpan CompletedAfter { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Region codes whose orders fail.</summary>
    public List<string> FailRegions { get; set; } = [];

    /// <summary>The share of other orders that fail, from 0 to 1.</summary>
    public double FailureRate { get; set; }

    /// <summary>
    /// The simulator's own LiteDB file; empty puts it beside the bot's data file, named after it
    /// (<c>registrybot-portal.db</c> beside <c>registrybot.db</c>). Relative paths are resolved against the app's folder.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>Billing profiles every tenant has; empty takes two demo profiles.</summary>
    public List<SimulatedBillingProfile> BillingProfiles { get; set; } = [];
}
