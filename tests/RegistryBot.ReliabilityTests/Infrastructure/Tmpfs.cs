using System.Diagnostics;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>A small tmpfs mounted on a temporary folder (root only), unmounted and removed on dispose.</summary>
public sealed class Tmpfs : IDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    /// <summary>Mounts one, or says why it cannot (not root, no mount, mount refused).</summary>
    public static Tmpfs? TryMount(long sizeBytes, out string? whyNot)
    {
        if (!IsRoot())
        {
            whyNot = "mounting a tmpfs needs root (CI runs as root); run as root to include the disk-full test";
            return null;
        }

        var path = Directory.CreateTempSubdirectory("registrybot-tmpfs-").FullName;
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={sizeBytes}", "tmpfs", path);
        if (code != 0)
        {
            Directory.Delete(path);
            whyNot = $"mount -t tmpfs failed ({code}): {output.Trim()}";
            return null;
        }

        whyNot = null;
        return new Tmpfs(path);
    }

    /// <summary>Writes a filler file until the file system refuses more; returns the bytes written.</summary>
    public long Fill(string fileName)
    {
        var buffer = new byte[64 * 1024];
        Random.Shared.NextBytes(buffer);
        long written = 0;
        using var stream = new FileStream(System.IO.Path.Combine(Path, fileName), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        foreach (var chunk in new[] { buffer.Length, 4096, 512, 1 })
        {
            while (true)
            {
                try
                {
                    stream.Write(buffer, 0, chunk);
                    written += chunk;
                }
                catch (IOException)
                {
                    break;
                }
            }
        }

        return written;
    }

    public void Dispose()
    {
        if (Run("umount", Path).Code != 0)
        {
            Run("umount", "-l", Path);
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static bool IsRoot() =>
        File.ReadLines("/proc/self/status").FirstOrDefault(line => line.StartsWith("Uid:", StringComparison.Ordinal))
            ?.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(2) == "0";

    private static (int Code, string Output) Run(string command, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit(10_000);
            return (process.HasExited ? process.ExitCode : -1, output);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (-1, exception.Message);
        }
    }
}
