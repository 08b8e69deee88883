using RegistryBot.Portal.Simulator;
using RegistryBot.Storage;

namespace RegistryBot.Portal;

public static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddOptions<PortalOptions>()
            .BindConfiguration(PortalOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ICollectionSetup, SimulatorSetup>();
        services.AddSingleton<IRegistryPortal, SimulatedPortal>();
        return services;
    }
}
