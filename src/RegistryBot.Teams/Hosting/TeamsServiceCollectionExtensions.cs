using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using RegistryBot.Teams.Authentication;
using RegistryBot.Teams.Connector;

namespace RegistryBot.Teams.Hosting;

public static class TeamsServiceCollectionExtensions
{
    public const string OpenIdMetadataClientName = "openid-metadata";

    /// <summary>
    /// Registers the protocol layer: options from the <c>Bot</c> section, inbound token validation,
    /// the outbound token provider and the connector client. The app supplies an <see cref="IActivityHandler"/>.
    /// </summary>
    public static IServiceCollection AddTeams(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>()
            .BindConfiguration(TeamsOptions.SectionName)
            .Validate(HasCredentialsFor, "Bot:MicrosoftAppPassword is required with Bot:MicrosoftAppId (and Bot:MicrosoftAppTenantId for SingleTenant), unless the app type is UserAssignedMSI.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<ActivityEndpoint>();
        services.AddSingleton<ActivityRateLimiter>();
        services.TryAddSingleton<IInboundRequestObserver, NoInboundRequestObserver>();

        services.AddHttpClient(OpenIdMetadataClientName);
        services.AddHttpClient(MsalHttpClientFactory.ClientName);
        services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.AddSingleton(provider =>
            OpenIdMetadataFactory.Create(
                provider.GetRequiredService<IOptions<TeamsOptions>>().Value.OpenIdMetadataUrl,
                provider.GetRequiredService<IHttpClientFactory>().CreateClient(OpenIdMetadataClientName)));
        services.AddSingleton<IInboundAuthenticator, BotFrameworkTokenValidator>();
        services.AddSingleton<IBotTokenProvider>(provider =>
            provider.GetRequiredService<IOptions<TeamsOptions>>().Value.AuthenticationEnabled
                ? ActivatorUtilities.CreateInstance<MsalBotTokenProvider>(provider)
                : new AnonymousTokenProvider());

        // Singletons keep the connector client, so connections are recycled by the handler itself (DNS changes are seen).
        // The factory's own request logs are Information and Trace only, below what the bot ships with, yet their
        // scopes were built for every send (1% of the CPU under load); the client logs its failures itself.
        services.AddHttpClient<IConnectorClient, ConnectorClient>()
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("connector", (pipeline, context) =>
                ConnectorRetryPolicy.Configure(
                    pipeline,
                    context.ServiceProvider.GetRequiredService<IOptions<TeamsOptions>>().Value.ConnectorRetry,
                    context.ServiceProvider.GetRequiredService<TimeProvider>()));

        return services;
    }

    private static bool HasCredentialsFor(TeamsOptions options) =>
        !options.AuthenticationEnabled
        || options.MicrosoftAppType == BotAppType.UserAssignedMSI
        || (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword)
            && (options.MicrosoftAppType == BotAppType.MultiTenant
                || !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId)
                || !string.IsNullOrWhiteSpace(options.TokenAuthority)));
}
