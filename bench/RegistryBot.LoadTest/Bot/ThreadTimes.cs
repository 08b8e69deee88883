namespace RegistryBot.LoadTest.Bot;

/// <summary>
/// The CPU time of each thread of a process (<c>/proc/&lt;pid&gt;/task/&lt;tid&gt;/stat</c>), to
/// show where a process's CPU went: a serial thread near a whole core is a ceiling no other
/// thread can lift.
/// </summary>
public sealed class ThreadTimes
{
    private readonly Dictionary<int, (string Name, double CpuSeconds)> _threads;

    private ThreadTimes(Dictionary<int, (string Name, double CpuSeconds)> threads) => _threads = threads;

    public static ThreadTimes Read(int pid)
    {
        var threads = new Dictionary<int, (string Name, double CpuSeconds)>();
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                try
                {
                    var stat = File.ReadAllText(Path.Combine(task, "stat"));
                    threads[int.Parse(Path.GetFileName(task), System.Globalization.CultureInfo.InvariantCulture)] = (NameIn(stat), ProcessSnapshot.CpuSecondsIn(stat));
                }
                catch (Exception exception) when (exception is IOException or FormatException)
                {
                    // The thread ended while the folder was read.
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The process ended.
        }

        return new ThreadTimes(threads);
    }

    /// <summary>What each thread name used since <paramref name="earlier"/>, busiest first; threads of one name (a pool's workers) together.</summary>
    public IReadOnlyList<ThreadLoad> Since(ThreadTimes earlier, double elapsedSeconds) =>
        _threads
            .Select(thread => (thread.Value.Name, Seconds: thread.Value.CpuSeconds - CpuBefore(earlier, thread.Key, thread.Value.Name)))
            .Where(thread => thread.Seconds > 0)
            .GroupBy(thread => thread.Name, StringComparer.Ordinal)
            .Select(group => new ThreadLoad(group.Key, group.Count(), Math.Round(group.Sum(thread => thread.Seconds) / elapsedSeconds * 100, 1)))
            .OrderByDescending(load => load.PercentOfOneCore)
            .ToList();

    // A thread id reused by a thread of another name counts from zero.
    private static double CpuBefore(ThreadTimes earlier, int threadId, string name) =>
        earlier._threads.TryGetValue(threadId, out var before) && before.Name == name ? before.CpuSeconds : 0;

    // The name (at most 15 characters) is the part in parentheses, which may itself hold blanks and parentheses.
    private static string NameIn(string stat) => stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')].TrimEnd();
}

/// <param name="Threads">How many threads of that name ran during the phase.</param>
/// <param name="PercentOfOneCore">Their CPU time over the phase's length: 100 is one core all the time.</param>
public sealed record ThreadLoad(string Name, int Threads, double PercentOfOneCore);
