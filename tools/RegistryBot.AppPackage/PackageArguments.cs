namespace RegistryBot.AppPackage;

/// <summary>The command line of <c>package.sh</c>: <c>--name value</c> or <c>--name=value</c>; only <c>--domain</c> may repeat.</summary>
internal sealed record PackageArguments(
    string? BotId,
    string? AppId,
    string? Version,
    IReadOnlyList<string> Domains,
    string Output,
    bool ShowHelp)
{
    public const string DefaultOutput = "appPackage.zip";

    public const string Usage = """
        Builds the Teams app package (manifest.json, color.png and outline.png) for a bot.

        Usage: ./package.sh --bot-id <guid> [--app-id <guid>] [--version 1.0.0] [--domain bot.example.com] [--output appPackage.zip]

          --bot-id   the Azure Bot's Microsoft App ID (required)
          --app-id   the Teams app's id (default: the bot id)
          --version  the app version, MAJOR.MINOR.PATCH (default: TeamsApp:Version)
          --domain   a valid domain; repeat for more (default: TeamsApp:ValidDomains)
          --output   where to write the package (default: appPackage.zip)

        Other values come from manifest/app.settings.json, section TeamsApp, and environment
        variables such as TeamsApp__DeveloperName override them.

        """;

    private static readonly string[] SingleValued = ["--bot-id", "--app-id", "--version", "--output"];

    public static PackageArguments Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var domains = new List<string>();
        for (var index = 0; index < args.Count; index++)
        {
            var arg = args[index];
            if (arg is "--help" or "-h")
            {
                return new PackageArguments(null, null, null, [], DefaultOutput, ShowHelp: true);
            }

            var (name, value) = SplitOption(arg, args, ref index);
            if (name == "--domain")
            {
                domains.Add(value);
            }
            else if (!values.TryAdd(name, value))
            {
                throw new InvalidInputException($"{name} is given more than once.");
            }
        }

        return new PackageArguments(
            values.GetValueOrDefault("--bot-id"),
            values.GetValueOrDefault("--app-id"),
            values.GetValueOrDefault("--version"),
            domains,
            values.GetValueOrDefault("--output") ?? DefaultOutput,
            ShowHelp: false);
    }

    private static (string Name, string Value) SplitOption(string arg, IReadOnlyList<string> args, ref int index)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? arg : arg[..equals];
        if (!SingleValued.Contains(name) && name != "--domain")
        {
            throw new InvalidInputException($"unknown option '{name}'.");
        }

        if (equals >= 0)
        {
            return (name, arg[(equals + 1)..]);
        }

        if (index + 1 >= args.Count || args[index + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new InvalidInputException($"{name} needs a value.");
        }

        return (name, args[++index]);
    }
}
