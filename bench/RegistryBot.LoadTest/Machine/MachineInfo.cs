using System.Runtime.InteropServices;

namespace RegistryBot.LoadTest.Machine;

public sealed record MachineInfo(int Cores, double MemoryGiB, string OperatingSystem, string Runtime)
{
    public static MachineInfo Read() => new(
        Environment.ProcessorCount,
        Math.Round(MemTotalKilobytes() / 1024.0 / 1024.0, 1),
        PrettyName() ?? RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription);

    private static long MemTotalKilobytes()
    {
        var line = File.ReadLines("/proc/meminfo").First(line => line.StartsWith("MemTotal:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string? PrettyName() =>
        File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release")
                .FirstOrDefault(line => line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            : null;
}
