using System.Diagnostics;
using System.Net;
using RegistryBot.LoadTest.Cli;

namespace RegistryBot.LoadTest.Bot;

/// <summary>
/// The bot being driven: a process this tool started from the built dll (with a fresh data file
/// in a temporary folder, removed on dispose), or a running bot it attached to.
/// </summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    private readonly Process? _process;
    private readonly string? _directory;

    private BotUnderTest(Uri url, int? pid, Process? process, string? directory, string? logPath, long startedAt)
    {
        Url = url;
        Pid = pid;
        _process = process;
        _directory = directory;
        LogPath = logPath;
        StartedAt = startedAt;
    }

    public Uri Url { get; }

    /// <summary>The process to sample; null when attached without <c>--bot-pid</c>.</summary>
    public int? Pid { get; }

    /// <summary><see cref="Stopwatch"/> timestamp taken just before the process was started.</summary>
    public long StartedAt { get; }

    public bool Started => _process is not null;

    public bool HasExited => _process is { HasExited: true };

    /// <summary>The started bot's console output: <c>--bot-log</c>, else a file in its temporary folder.</summary>
    public string? LogPath { get; }

    public static async Task<BotUnderTest> StartOrAttachAsync(BotSettings settings, IEnumerable<string> modeArgs)
    {
        if (settings.AttachUrl is { } url)
        {
            var attached = new BotUnderTest(url, settings.AttachPid, null, null, null, Stopwatch.GetTimestamp());
            await attached.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
            return attached;
        }

        var bot = Start(settings, modeArgs);
        try
        {
            await bot.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the bot and returns at once, without waiting for it to listen.</summary>
    public static BotUnderTest Start(BotSettings settings, IEnumerable<string> modeArgs)
    {
        if (!File.Exists(settings.DllPath))
        {
            throw new UsageException($"The bot is not built at '{settings.DllPath}': run 'dotnet build src/RegistryBot -c Release', or pass --bot-dll.");
        }

        var directory = Directory.CreateTempSubdirectory("registrybot-load-").FullName;
        var port = FreePort.Find();
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = directory };

        // exec keeps the pid: the process started here becomes the bot, with its output in a file nobody has to drain.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" >\"$BOT_LOG\" 2>&1");
        // A dll runs on dotnet; anything else (an app host, a native build) runs as it is.
        if (settings.DllPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(settings.Dotnet);
        }

        start.ArgumentList.Add(Path.GetFullPath(settings.DllPath));
        foreach (var argument in BotArguments(settings, directory, port).Concat(modeArgs).Concat(settings.ExtraArgs))
        {
            start.ArgumentList.Add(argument);
        }

        var logPath = settings.LogPath ?? Path.Combine(directory, "bot.log");
        start.Environment["BOT_LOG"] = logPath;

        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The bot process did not start.");
        return new BotUnderTest(new Uri($"http://127.0.0.1:{port}/"), process.Id, process, directory, logPath, startedAt);
    }

    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode}.{LogTail()}");
            }

            try
            {
                using var response = await client.GetAsync("healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The bot at {Url} was not healthy within {timeout.TotalSeconds} s.{LogTail()}");
    }

    public ProcessSnapshot? Snapshot() => Pid is { } pid ? ProcessSnapshot.TryRead(pid) : null;

    public ThreadTimes? ThreadTimes() => Pid is { } pid ? Bot.ThreadTimes.Read(pid) : null;

    public string LogTail(int lines = 20)
    {
        if (LogPath is not { } path || !File.Exists(path))
        {
            return string.Empty;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var tail = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines);
        return Environment.NewLine + "bot log:" + Environment.NewLine + string.Join(Environment.NewLine, tail);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await StopAsync(_process);
            _process.Dispose();
        }

        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static IEnumerable<string> BotArguments(BotSettings settings, string directory, int port) =>
    [
        "--urls", $"http://127.0.0.1:{port}",
        $"--Storage:Path={Path.Combine(directory, "bot.db")}",
        "--Bot:RateLimits:PerUserBurst=0",
        "--Bot:RateLimits:PerTenantBurst=0",
        $"--Logging:LogLevel:Default={settings.LogLevel}",
    ];

    private static async Task StopAsync(Process process)
    {
        if (process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }
}
