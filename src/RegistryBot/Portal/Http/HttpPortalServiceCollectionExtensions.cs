using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace RegistryBot.Portal.Http;

internal static class HttpPortalServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="HttpRegistryPortal"/> as a typed client: credentials outermost (so a 401
    /// renewal goes through the whole pipeline again), then retries, circuit breaker and per-attempt
    /// timeout, then the body read inside the attempt.
    /// </summary>
    public static IServiceCollection AddHttpPortal(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ClientCredentialsTokenSource>();
        services.AddTransient<PortalAuthenticationHandler>();
        services.AddTransient<ResponseBufferingHandler>();

        var tokenClient = services.AddHttpClient(ClientCredentialsTokenSource.ClientName);
        tokenClient.AddResilienceHandler("portal-token", ConfigurePipeline);
        tokenClient.AddHttpMessageHandler<ResponseBufferingHandler>();

        var portalClient = services.AddHttpClient<HttpRegistryPortal>(ConfigureClient)
            // The portal is a singleton and keeps this client for the life of the process, so the
            // handler recycles its connections itself (to follow DNS changes) instead of the factory.
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(2))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        portalClient.AddHttpMessageHandler<PortalAuthenticationHandler>();
        portalClient.AddResilienceHandler("portal", ConfigurePipeline);
        portalClient.AddHttpMessageHandler<ResponseBufferingHandler>();
        return services;
    }

    private static void ConfigureClient(IServiceProvider provider, HttpClient client)
    {
        var baseUrl = provider.GetRequiredService<IOptions<PortalOptions>>().Value.Http.BaseUrl;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var baseUri))
        {
            throw new InvalidOperationException(HttpPortalOptionsRules.BaseUrlMessage);
        }

        // Relative paths ("orders") append to the base URL's path only when it ends with a slash.
        client.BaseAddress = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        // The pipeline bounds every attempt and the number of attempts; HttpClient's own timeout would cut retries short.
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/problem+json"));
    }

    private static void ConfigurePipeline(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context) =>
        PortalResiliencePolicy.Configure(
            pipeline,
            context.ServiceProvider.GetRequiredService<IOptions<PortalOptions>>().Value.Http,
            context.ServiceProvider.GetRequiredService<TimeProvider>());
}
