using System.Globalization;

namespace RegistryBot.LoadTest.Machine;

/// <summary>The whole machine's CPU time from the first line of <c>/proc/stat</c>, in seconds.</summary>
public readonly record struct CpuTimes(double BusySeconds, double TotalSeconds)
{
    private const double ClockTicksPerSecond = 100;

    public static CpuTimes Read()
    {
        using var reader = new StreamReader("/proc/stat");
        var fields = reader.ReadLine()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(field => long.Parse(field, CultureInfo.InvariantCulture)).ToArray();

        // user nice system idle iowait irq softirq steal (guest time is already counted in user).
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return new CpuTimes((total - idle) / ClockTicksPerSecond, total / ClockTicksPerSecond);
    }

    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ').Take(3).Aggregate((a, b) => $"{a} {b}");
}
