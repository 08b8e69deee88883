namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>Waits, within a bound, for background work (the status job) to reach a state no request signals.</summary>
public static class Eventually
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);

    public static async Task<T> Until<T>(Func<T> probe, Func<T, bool> reached, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = probe();
            if (reached(value))
            {
                return value;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what}; last seen: {value}.");
            }

            await Task.Delay(PollEvery);
        }
    }
}
