using Microsoft.Extensions.Options;
using RegistryBot;
using RegistryBot.Hosting;
using RegistryBot.Storage;

try
{
    var app = RegistryBotApp.Build(args);
    await app.RunAsync();
    return Environment.ExitCode;
}
catch (Exception exception) when (exception is StartupRefusedException or DataFileLockedException or OptionsValidationException)
{
    await Console.Error.WriteLineAsync($"RegistryBot cannot start: {exception.Message}");
    return 2;
}
