namespace RegistryBot.Conversations.Waterfall;

public static class WaterfallServiceCollectionExtensions
{
    public static IServiceCollection AddOrderWaterfall(this IServiceCollection services)
    {
        services.AddSingleton<OrderWaterfall>();
        services.AddSingleton<SummaryCardData>();
        services.AddSingleton<StepCardRenderer>();
        services.AddSingleton<OrderChoicesCheck>();
        services.AddSingleton<DraftGuard>();

        services.AddSingleton<ICommand, OrderCommand>();
        services.AddSingleton<ICommand, CancelCommand>();
        services.AddSingleton<IVerbHandler, OrderNextVerb>();
        services.AddSingleton<IVerbHandler, OrderBackVerb>();
        services.AddSingleton<IVerbHandler, OrderEditVerb>();
        services.AddSingleton<IVerbHandler, OrderCancelVerb>();
        services.AddSingleton<IVerbHandler, OrderPlaceVerb>();
        return services;
    }
}
