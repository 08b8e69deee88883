namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>Settings for tests that place orders: the portal simulator and the status job in sub-second time.</summary>
public static class OrderingSettings
{
    /// <summary>The terms version the tests' catalog declares, recorded with every order.</summary>
    public const string TermsVersion = "2026-07-it";

    /// <summary>Orders in this region fail in the simulator.</summary>
    public const string FailingRegion = "de-north-2";

    public static readonly TimeSpan PollingInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>How long to watch for messages that must not come: a few polling intervals.</summary>
    public static readonly TimeSpan QuietPeriod = PollingInterval * 5;

    /// <summary>How long a status may take to reach the chat when nothing is in the way: generous, it only matters when something is broken.</summary>
    public static readonly TimeSpan StatusDelivery = TimeSpan.FromSeconds(15);

    public static string[] Fast { get; } =
    [
        "--Portal:Simulator:ProcessingAfter=00:00:00.300",
        "--Portal:Simulator:CompletedAfter=00:00:00.300",
        $"--Portal:Simulator:FailRegions:0={FailingRegion}",
        "--StatusPolling:Interval=00:00:00.200",
        $"--Catalog:TermsVersion={TermsVersion}",
        // Inline retries of 503 after 50 ms rather than 1 s, so a refusing connector holds the job up only briefly.
        "--Bot:ConnectorRetry:BaseDelay=00:00:00.050",
    ];
}
