using Microsoft.Extensions.Options;

namespace RegistryBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton<LiteDbStore>();
        services.AddSingleton<DurableCommit>();
        services.AddSingleton<GroupCommit>();
        services.AddHostedService<StoreSupervisor>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return services;
    }
}
