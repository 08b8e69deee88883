using System.Globalization;

namespace RegistryBot.LoadTest.Cli;

/// <summary>
/// <c>[mode] --name value ... [--flag]</c>: the mode is the first bare word; options may repeat.
/// Every option read is marked, so anything left over can be reported as unknown.
/// </summary>
public sealed class CommandLine
{
    // Options whose value is handed on to another program, and may itself start with "--".
    private static readonly HashSet<string> PassedOn = new(StringComparer.Ordinal) { "--bot-arg" };

    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private CommandLine(string? mode) => Mode = mode;

    public string? Mode { get; }

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var position = 0;
        string? mode = null;
        if (args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal))
        {
            mode = args[0];
            position = 1;
        }

        var commandLine = new CommandLine(mode);
        while (position < args.Count)
        {
            var name = args[position];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"Unexpected argument '{name}'.");
            }

            var equals = name.IndexOf('=', StringComparison.Ordinal);
            string? value = null;
            if (equals > 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }
            else if (position + 1 < args.Count && (PassedOn.Contains(name) || !IsOptionName(args[position + 1])))
            {
                value = args[++position];
            }

            if (!commandLine._options.TryGetValue(name, out var values))
            {
                values = [];
                commandLine._options[name] = values;
            }

            if (value is not null)
            {
                values.Add(value);
            }

            position++;
        }

        return commandLine;
    }

    public bool Flag(string name)
    {
        _read.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Text(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var values) ? values.LastOrDefault() ?? throw new UsageException($"{name} needs a value.") : null;
    }

    public IReadOnlyList<string> Texts(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var values) ? values : [];
    }

    public int Int(string name, int fallback, int min = 0)
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new UsageException($"{name} must be a whole number of at least {min}.");
        }

        return value;
    }

    public TimeSpan Duration(string name, TimeSpan fallback)
    {
        var text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero
            ? value
            : throw new UsageException($"{name} must be a positive time span such as 00:00:05.");
    }

    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(name => !_read.Contains(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"Unknown option(s) for this mode: {string.Join(", ", unknown)}.");
        }
    }

    private static bool IsOptionName(string arg) => arg.StartsWith("--", StringComparison.Ordinal);
}
