using Microsoft.Extensions.Options;
using RegistryBot.Portal.Http;
using RegistryBot.Portal.Simulator;

namespace RegistryBot.Portal;

public static class PortalServiceCollectionExtensions
{
    /// <summary>The portal <c>Portal:Mode</c> names: the provider's REST API (<c>Http</c>) or the built-in simulator.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddOptions<PortalOptions>()
            .BindConfiguration(PortalOptions.SectionName)
            .Validate(HttpPortalOptionsRules.HasBaseUrl, HttpPortalOptionsRules.BaseUrlMessage)
            .Validate(HttpPortalOptionsRules.HasApiKey, HttpPortalOptionsRules.ApiKeyMessage)
            .Validate(HttpPortalOptionsRules.HasClientCredentials, HttpPortalOptionsRules.OAuth2Message)
            .Validate(HttpPortalOptionsRules.HasSaneLimits, HttpPortalOptionsRules.LimitsMessage)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidator>();
        services.AddSingleton<SimulatorStore>();
        services.AddSingleton<SimulatedPortal>();
        services.AddHttpPortal();
        services.AddSingleton<IRegistryPortal>(provider =>
            provider.GetRequiredService<IOptions<PortalOptions>>().Value.Mode == PortalMode.Http
                ? provider.GetRequiredService<HttpRegistryPortal>()
                : provider.GetRequiredService<SimulatedPortal>());
        return services;
    }
}
