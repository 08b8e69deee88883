namespace RegistryBot.LoadTest.Bot;

/// <summary>Samples a process every few milliseconds and keeps the highest RSS seen.</summary>
public sealed class ResourceSampler : IAsyncDisposable
{
    private readonly int _pid;
    private readonly PeriodicTimer _timer;
    private readonly Task _loop;
    private long _peakRssBytes;

    public ResourceSampler(int pid, TimeSpan interval)
    {
        _pid = pid;
        _timer = new PeriodicTimer(interval);
        _loop = Task.Run(SampleAsync);
    }

    public long PeakRssBytes => Interlocked.Read(ref _peakRssBytes);

    public async ValueTask DisposeAsync()
    {
        _timer.Dispose();
        await _loop;
    }

    private async Task SampleAsync()
    {
        do
        {
            if (ProcessSnapshot.TryRead(_pid) is { } snapshot && snapshot.RssBytes > Interlocked.Read(ref _peakRssBytes))
            {
                Interlocked.Exchange(ref _peakRssBytes, snapshot.RssBytes);
            }
        }
        while (await _timer.WaitForNextTickAsync());
    }
}
