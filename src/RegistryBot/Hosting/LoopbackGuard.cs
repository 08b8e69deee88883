using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using RegistryBot.Teams.Hosting;

namespace RegistryBot.Hosting;

/// <summary>
/// Without Bot:MicrosoftAppId no token is checked, so anyone who can reach the port could act as
/// any user. The app then refuses to listen anywhere but on loopback: before start from the
/// configuration, and after start from the addresses Kestrel actually bound.
/// </summary>
public static partial class LoopbackGuard
{
    public const string Explanation =
        "Bot:MicrosoftAppId is not set, so inbound requests are not authenticated; the bot only listens on loopback " +
        "(127.0.0.1, [::1], localhost) in that mode. Set Bot:MicrosoftAppId (with its password and tenant) to listen elsewhere.";

    public static void CheckConfiguration(IConfiguration configuration, TeamsOptions options)
    {
        var addresses = ListenAddresses.Configured(configuration);
        if (!options.AuthenticationEnabled && !LoopbackBinding.IsLoopbackOnly(addresses))
        {
            throw new StartupRefusedException($"Refusing to listen on {string.Join(", ", addresses)}. {Explanation}");
        }
    }

    public static void CheckBoundAddresses(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<TeamsOptions>>().Value;
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStarted.Register(() =>
        {
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            if (options.AuthenticationEnabled || LoopbackBinding.IsLoopbackOnly(bound))
            {
                return;
            }

            LogRefused(app.Logger, string.Join(", ", bound), Explanation);
            Environment.ExitCode = 2;
            lifetime.StopApplication();
        });
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Critical, Message = "Stopping: bound to {Addresses}. {Explanation}")]
    private static partial void LogRefused(ILogger logger, string addresses, string explanation);
}
