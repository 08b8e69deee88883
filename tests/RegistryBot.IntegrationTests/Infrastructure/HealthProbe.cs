using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>Reads the bot's <c>/healthz</c>.</summary>
public static class HealthProbe
{
    public const string Path = "/healthz";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Asks until the answer is 200 or <paramref name="timeout"/> passes, and returns the last answer.
    /// The scheduler starts only once the host has started, so the first answers may still be 503.
    /// </summary>
    public static async Task<(HttpStatusCode Status, JsonObject? Body)> WaitForHealthyAsync(HttpClient client, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        using var timer = new PeriodicTimer(PollInterval);
        while (true)
        {
            using var response = await client.GetAsync(Path, CancellationToken.None);
            var body = await response.Content.ReadFromJsonAsync<JsonObject>(CancellationToken.None);
            if (response.StatusCode == HttpStatusCode.OK || deadline.IsCancellationRequested)
            {
                return (response.StatusCode, body);
            }

            try
            {
                await timer.WaitForNextTickAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                return (response.StatusCode, body);
            }
        }
    }
}
