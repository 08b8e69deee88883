using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>
/// The bot as its own process (<c>dotnet RegistryBot.dll</c>), so that it can be killed with SIGKILL,
/// stopped with SIGTERM, or started twice on one data file. It runs without an app id, which the app
/// allows on loopback only; it is always killed on dispose, whatever the test did.
/// </summary>
public sealed partial class ChildBot : IBotEndpoint, IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HttpClient? _client;

    private ChildBot(Process process, FakeConnector connector)
    {
        _process = process;
        Connector = connector;
        Activities = new Activities(connector.ServiceUrl, "5c9a1f3e-0b7d-4e52-9a61-3d2f8c4b7e10");
    }

    public Activities Activities { get; }

    public FakeConnector Connector { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public Uri BaseAddress => _listening.Task.IsCompletedSuccessfully ? _listening.Task.Result : throw new InvalidOperationException("The bot is not listening.");

    public HttpClient Client => _client ??= new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return string.Join("\n", _output);
            }
        }
    }

    public static string AppPath => Path.Combine(AppContext.BaseDirectory, "RegistryBot.dll");

    /// <summary>Starts the process without waiting for it to listen.</summary>
    /// <param name="environment">Variables to set for the process (a null value removes one).</param>
    /// <param name="appPath">Another build of the bot than the one beside the tests: a dll, or a published executable.</param>
    public static ChildBot Launch(string dataFilePath, FakeConnector connector, IEnumerable<string> settings, IReadOnlyDictionary<string, string?>? environment = null, string? appPath = null)
    {
        var app = appPath ?? AppPath;
        var runsWithDotnet = app.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(runsWithDotnet ? "dotnet" : app)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        if (runsWithDotnet)
        {
            start.ArgumentList.Add(app);
        }

        foreach (var argument in (string[])
        [
            "--urls", "http://127.0.0.1:0",
            $"--Storage:Path={dataFilePath}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
            "--Logging:Console:FormatterOptions:IncludeScopes=false",
            .. settings,
        ])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var bot = new ChildBot(process, connector);
        process.OutputDataReceived += (_, line) => bot.Receive(line.Data, isError: false);
        process.ErrorDataReceived += (_, line) => bot.Receive(line.Data, isError: true);
        process.Exited += (_, _) => bot._listening.TrySetException(new InvalidOperationException("The bot exited before it listened."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Starts the process and waits until it listens and reports healthy.</summary>
    public static async Task<ChildBot> StartAsync(
        string dataFilePath,
        FakeConnector connector,
        IEnumerable<string> settings,
        TimeSpan? timeout = null,
        string? appPath = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var bot = Launch(dataFilePath, connector, settings, environment, appPath);
        try
        {
            await bot.WaitListeningAsync(timeout ?? TimeSpan.FromSeconds(20));
            var health = await bot.WaitHealthAsync(HttpStatusCode.OK, timeout ?? TimeSpan.FromSeconds(20));
            return health == HttpStatusCode.OK ? bot : throw new InvalidOperationException($"The bot never became healthy.\n{bot.Output}");
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    public async Task<Uri> WaitListeningAsync(TimeSpan timeout)
    {
        try
        {
            return await _listening.Task.WaitAsync(timeout);
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            throw new InvalidOperationException($"The bot did not listen within {timeout.TotalSeconds} s ({exception.Message}). Output:\n{Output}", exception);
        }
    }

    /// <summary>Polls <c>/healthz</c> until it answers <paramref name="expected"/> (returned) or the time is up (the last status is returned).</summary>
    public async Task<HttpStatusCode> WaitHealthAsync(HttpStatusCode expected, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var last = (HttpStatusCode)0;
        while (DateTimeOffset.UtcNow < deadline && !HasExited)
        {
            try
            {
                using var response = await Client.GetAsync("/healthz");
                last = response.StatusCode;
                if (last == expected)
                {
                    return last;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(25);
        }

        return last;
    }

    /// <summary>Whether the process has ICU's libraries mapped: it has when culture data is in use, never in invariant mode.</summary>
    public bool LoadsIcu() => File.ReadAllText($"/proc/{ProcessId}/maps").Contains("libicu", StringComparison.Ordinal);

    public async Task<(HttpStatusCode Status, string Body)> HealthAsync()
    {
        using var response = await Client.GetAsync("/healthz");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, CancellationToken cancellationToken) =>
        PostAsync(activity, authorization: null, cancellationToken);

    /// <summary>Posts the activity with this Authorization header (none when null), as the Bot Connector would.</summary>
    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request, cancellationToken);
    }

    public OrderDriver Driver(Member member) => new(this, member);

    /// <summary>SIGKILL: the process gets no chance to do anything.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as systemd, Docker or Kubernetes send to stop a service.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start(new ProcessStartInfo("/bin/kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        await kill.WaitForExitAsync();
    }

    /// <summary>True if the process exited within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Receive(string? line, bool isError)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.Add(isError ? "stderr: " + line : line);
            if (_output.Count > 2000)
            {
                _output.RemoveRange(0, 1000);
            }
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
