using RegistryBot.Portal.Simulator;

namespace RegistryBot.Portal;

public static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddOptions<PortalOptions>()
            .BindConfiguration(PortalOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IRegistryPortal, SimulatedPortal>();
        return services;
    }
}
