using Microsoft.Extensions.Options;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Ordering.Drafts;
using RegistryBot.Ordering.Orders;
using RegistryBot.Ordering.Steps;
using RegistryBot.Ordering.Tickets;
using RegistryBot.Storage;

namespace RegistryBot.Ordering;

public static class OrderingServiceCollectionExtensions
{
    /// <summary>The catalog, the drafts and orders, and the steps of the ordering process, in their order.</summary>
    public static IServiceCollection AddOrdering(this IServiceCollection services)
    {
        services.AddOptions<CatalogOptions>()
            .BindConfiguration(CatalogOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CatalogOptions>, CatalogOptionsValidator>();
        services.AddSingleton<IPostConfigureOptions<CatalogOptions>, CatalogDefaults>();
        services.AddSingleton<IValidateOptions<CatalogOptions>, CatalogValidation>();
        services.AddSingleton<OrderCatalog>();

        services.AddSingleton<ICollectionSetup, DraftSetup>();
        services.AddSingleton<ICollectionSetup, OrderSetup>();
        services.AddSingleton<DraftWriteGate>();
        services.AddSingleton<DraftStore>();
        services.AddSingleton<OrderStore>();
        services.AddSingleton<ICollectionSetup, TicketSetup>();
        services.AddSingleton<TicketStore>();

        // The ordering process of the provider's guide, step by step; the summary follows the last.
        services.AddSingleton<IOrderStep, ServiceStep>();
        services.AddSingleton<IOrderStep, NodeSizeStep>();
        services.AddSingleton<IOrderStep, StorageStep>();
        services.AddSingleton<IOrderStep, TrustedSourcesStep>();
        services.AddSingleton<IOrderStep, RegionStep>();
        services.AddSingleton<IOrderStep, BillingStep>();
        services.AddSingleton<IOrderStep, NewBillingStep>();
        return services;
    }
}
