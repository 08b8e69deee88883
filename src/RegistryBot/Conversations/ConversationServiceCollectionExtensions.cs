using RegistryBot.Cards;
using RegistryBot.Storage;
using RegistryBot.Teams.Hosting;

namespace RegistryBot.Conversations;

public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddSingleton<ICollectionSetup, ConversationReferenceSetup>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddHostedService<TrustedServiceUrlSeeder>();

        services.AddSingleton(new CardTemplates(CardTemplates.DefaultFolder));
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<BotCards>();
        services.AddSingleton<WelcomeLedger>();
        services.AddSingleton<WelcomeHandler>();

        services.AddSingleton<HelpCommand>();
        services.AddSingleton<ICommand>(provider => provider.GetRequiredService<HelpCommand>());
        foreach (var upcoming in new[] { "order", "status", "ticket", "cancel" })
        {
            services.AddSingleton<ICommand>(provider => new UpcomingCommand(upcoming, provider.GetRequiredService<BotCards>()));
        }

        services.AddSingleton<CommandRouter>();
        services.AddSingleton<VerbRouter>();
        services.AddSingleton<IActivityHandler, ActivityRouter>();
        return services;
    }
}
