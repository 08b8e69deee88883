using RegistryBot.Cards;
using RegistryBot.Conversations.Tickets;
using RegistryBot.Conversations.Turns;
using RegistryBot.Conversations.Waterfall;
using RegistryBot.Storage;
using RegistryBot.Teams.Hosting;

namespace RegistryBot.Conversations;

public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddSingleton<ICollectionSetup, ConversationReferenceSetup>();
        services.AddSingleton<RecentlyRecorded>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<OrderAccess>();
        services.AddOptions<DeduplicationOptions>().BindConfiguration(DeduplicationOptions.SectionName);
        services.AddSingleton<ICollectionSetup, SeenActivitySetup>();
        services.AddSingleton<SeenActivityLog>();
        services.AddSingleton<ActivityDeduplicator>();
        services.AddSingleton<ConversationTurnGate>();
        services.AddHostedService<TrustedServiceUrlSeeder>();

        services.AddSingleton(new CardTemplates(CardTemplates.DefaultFolder));
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<BotCards>();
        services.AddSingleton<WelcomeLedger>();
        services.AddSingleton<WelcomeHandler>();

        services.AddSingleton<NoticeCards>();
        services.AddSingleton<StatusCards>();
        services.AddOrderWaterfall();

        services.AddSingleton<HelpCommand>();
        services.AddSingleton<ICommand>(provider => provider.GetRequiredService<HelpCommand>());
        services.AddSingleton<ICommand, StatusCommand>();
        services.AddSingleton<IVerbHandler, StatusRefreshVerb>();
        services.AddSingleton<TicketCards>();
        services.AddSingleton<ICommand, TicketCommand>();
        services.AddSingleton<IVerbHandler, TicketOpenVerb>();
        services.AddSingleton<IVerbHandler, TicketSubmitVerb>();

        services.AddSingleton<CommandRouter>();
        services.AddSingleton<VerbRouter>();
        services.AddSingleton<IActivityHandler, ActivityRouter>();
        return services;
    }
}
