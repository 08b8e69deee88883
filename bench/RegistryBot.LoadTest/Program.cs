using RegistryBot.LoadTest.Cli;
using RegistryBot.LoadTest.Modes;

try
{
    var commandLine = CommandLine.Parse(args);
    if (commandLine.Flag("--help"))
    {
        Console.WriteLine(HelpText.Usage);
        return 0;
    }

    var bot = BotSettings.Read(commandLine);
    switch (commandLine.Mode ?? "orders")
    {
        case "orders":
            var orders = OrdersSettings.Read(commandLine);
            commandLine.RejectUnknown();
            return await OrdersMode.RunAsync(orders, bot);
        case "notifications":
            var notifications = NotificationsSettings.Read(commandLine);
            commandLine.RejectUnknown();
            return await NotificationsMode.RunAsync(notifications, bot);
        case "startup":
            var startup = StartupSettings.Read(commandLine);
            commandLine.RejectUnknown();
            return await StartupMode.RunAsync(startup, bot);
        case "compare":
            var compare = CompareSettings.Read(commandLine, bot);
            commandLine.RejectUnknown();
            return await CompareMode.RunAsync(compare, bot);
        default:
            throw new UsageException($"Unknown mode '{commandLine.Mode}': use orders, compare, notifications or startup.");
    }
}
catch (UsageException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    await Console.Error.WriteLineAsync("Run with --help for the options.");
    return 2;
}
