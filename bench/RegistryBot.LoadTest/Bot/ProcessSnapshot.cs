using System.Globalization;

namespace RegistryBot.LoadTest.Bot;

/// <summary>One reading of a process from <c>/proc/&lt;pid&gt;/status</c> (VmRSS, VmHWM) and <c>/proc/&lt;pid&gt;/stat</c> (utime + stime).</summary>
public readonly record struct ProcessSnapshot(long RssBytes, long PeakRssBytes, double CpuSeconds)
{
    /// <summary>USER_HZ, the unit of utime and stime; 100 on every Linux architecture .NET runs on.</summary>
    private const double ClockTicksPerSecond = 100;

    public static ProcessSnapshot? TryRead(int pid)
    {
        try
        {
            var status = File.ReadAllText($"/proc/{pid}/status");
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return new ProcessSnapshot(Kilobytes(status, "VmRSS:") * 1024, Kilobytes(status, "VmHWM:") * 1024, CpuSecondsIn(stat));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private static long Kilobytes(string status, string field)
    {
        var start = status.IndexOf(field, StringComparison.Ordinal);
        if (start < 0)
        {
            return 0;
        }

        var line = status.AsSpan(start + field.Length);
        var end = line.IndexOf('\n');
        var value = (end < 0 ? line : line[..end]).Trim();
        return long.Parse(value[..value.IndexOf(' ')], CultureInfo.InvariantCulture);
    }

    /// <summary>utime + stime of a process's or a thread's <c>stat</c>.</summary>
    /// <remarks>The command name in parentheses may hold blanks, so fields are counted after its closing parenthesis.</remarks>
    public static double CpuSecondsIn(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var userTicks = long.Parse(fields[11], CultureInfo.InvariantCulture);
        var systemTicks = long.Parse(fields[12], CultureInfo.InvariantCulture);
        return (userTicks + systemTicks) / ClockTicksPerSecond;
    }
}
