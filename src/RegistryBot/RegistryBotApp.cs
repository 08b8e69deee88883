using Microsoft.Extensions.Options;
using RegistryBot.Audit;
using RegistryBot.Conversations;
using RegistryBot.Hosting;
using RegistryBot.Notifications;
using RegistryBot.Ordering;
using RegistryBot.Portal;
using RegistryBot.Portal.Simulator;
using RegistryBot.Storage;
using RegistryBot.Teams.Hosting;

namespace RegistryBot;

/// <summary>The app's table of contents: each feature registers itself, then the endpoints are mapped.</summary>
public static class RegistryBotApp
{
    public static WebApplication Build(string[] args, Action<IServiceCollection>? overrideServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        if (ListenAddresses.Configured(builder.Configuration).Count == 0)
        {
            builder.WebHost.UseUrls(ListenAddresses.Default);
        }

        builder.Services.AddProblemDetails();
        var shutdown = builder.Configuration.GetSection(ShutdownOptions.SectionName).Get<ShutdownOptions>() ?? new ShutdownOptions();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = shutdown.Timeout);
        builder.Services.AddTeams();
        builder.Services.AddStorage();
        builder.Services.AddAudit();
        builder.Services.AddOrdering();
        builder.Services.AddPortal();
        builder.Services.AddConversations();
        builder.Services.AddNotifications(builder.Configuration);
        builder.Services.AddHostedService<StartupWarmUp>();
        overrideServices?.Invoke(builder.Services);

        var app = builder.Build();
        UnknownSettings.Warn(app.Configuration, app.Logger);
        LoopbackGuard.CheckConfiguration(app.Configuration, app.Services.GetRequiredService<IOptions<TeamsOptions>>().Value);
        LoopbackGuard.CheckBoundAddresses(app);

        // Opening the store takes the data file's lock: a second instance stops here, before it listens.
        // The simulator's file opens here too, rather than while the first turns resolve their services.
        app.Services.GetRequiredService<LiteDbStore>();
        if (app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.Mode == PortalMode.Simulated)
        {
            app.Services.GetRequiredService<SimulatorStore>();
        }

        app.UseStatusCodePages();
        app.MapTeamsEndpoint();
        app.MapHealthEndpoint();
        return app;
    }
}
