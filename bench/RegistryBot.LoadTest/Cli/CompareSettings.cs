namespace RegistryBot.LoadTest.Cli;

/// <summary>Two builds measured in turns: the candidate (<c>--bot-dll</c>) against a baseline.</summary>
public sealed record CompareSettings(string BaselinePath, int Pairs, OrdersSettings Orders)
{
    public static CompareSettings Read(CommandLine commandLine, BotSettings bot)
    {
        if (bot.AttachUrl is not null)
        {
            throw new UsageException("compare starts both builds itself: leave out --bot-url.");
        }

        var baseline = commandLine.Text("--baseline") ?? throw new UsageException("compare needs --baseline PATH, the build to compare against.");
        return new CompareSettings(baseline, commandLine.Int("--pairs", 4, min: 1), OrdersSettings.Read(commandLine));
    }
}
