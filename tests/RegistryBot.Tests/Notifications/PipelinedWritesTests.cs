using RegistryBot.Notifications;

namespace RegistryBot.Tests.Notifications;

public sealed class PipelinedWritesTests
{
    [Fact]
    public async Task Items_are_written_in_order_a_few_at_a_time_and_the_rest_on_flush()
    {
        var written = new List<int[]>();
        var writes = new PipelinedWrites<int>(itemsPerWrite: 3, writesInFlight: 2, items =>
        {
            written.Add(items);
            return Task.CompletedTask;
        });

        await writes.AddAsync([1, 2, 3, 4]);
        await writes.AddAsync([5, 6, 7]);
        Assert.Equal([[1, 2, 3], [4, 5, 6]], written);

        await writes.FlushAsync();

        Assert.Equal([[1, 2, 3], [4, 5, 6], [7]], written);
        Assert.Equal(7, writes.Count);
    }

    [Fact]
    public async Task Adding_waits_once_more_writes_than_allowed_are_in_flight()
    {
        var (writes, commits) = OneItemWritesHeldOpen(writesInFlight: 2);

        await writes.AddAsync([1, 2]);
        var third = writes.AddAsync([3]);

        Assert.Equal(3, commits.Count);
        Assert.False(third.IsCompleted, "a third write went on while two were in flight");

        commits[0].SetResult();
        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Flushing_waits_for_every_write_and_reports_a_failed_one()
    {
        var (writes, commits) = OneItemWritesHeldOpen(writesInFlight: 4);
        await writes.AddAsync([1, 2]);

        var flushing = writes.FlushAsync();
        commits[1].SetResult();
        await Task.Delay(50);
        Assert.False(flushing.IsCompleted, "the flush ended before the first write");

        commits[0].SetException(new IOException("disk full"));
        var error = await Assert.ThrowsAsync<IOException>(() => flushing.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal("disk full", error.Message);
    }

    [Fact]
    public async Task Disposing_after_a_failed_write_waits_for_the_writes_still_in_flight()
    {
        var (writes, commits) = OneItemWritesHeldOpen(writesInFlight: 2);
        await writes.AddAsync([1, 2]);
        var third = writes.AddAsync([3]);
        commits[0].SetException(new IOException("disk full"));
        await Assert.ThrowsAsync<IOException>(() => third.WaitAsync(TimeSpan.FromSeconds(5)));

        var disposing = writes.DisposeAsync().AsTask();
        commits[1].SetResult();
        await Task.Delay(50);
        Assert.False(disposing.IsCompleted, "disposing ended while a write was still in flight");

        commits[2].SetException(new IOException("disk full"));
        await disposing.WaitAsync(TimeSpan.FromSeconds(5));
    }

    /// <summary>Writes of one item each that stay in flight until the test completes their commit.</summary>
    private static (PipelinedWrites<int> Writes, List<TaskCompletionSource> Commits) OneItemWritesHeldOpen(int writesInFlight)
    {
        var commits = new List<TaskCompletionSource>();
        var writes = new PipelinedWrites<int>(itemsPerWrite: 1, writesInFlight, _ =>
        {
            var commit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            commits.Add(commit);
            return commit.Task;
        });
        return (writes, commits);
    }
}
