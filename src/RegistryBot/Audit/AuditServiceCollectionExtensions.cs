using RegistryBot.Storage;
using RegistryBot.Teams.Hosting;

namespace RegistryBot.Audit;

public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddSingleton<ICollectionSetup, AuditSetup>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<IInboundRequestObserver, AuditingInboundObserver>();
        return services;
    }
}
