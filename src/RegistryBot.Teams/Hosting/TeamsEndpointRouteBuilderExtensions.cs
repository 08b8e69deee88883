using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace RegistryBot.Teams.Hosting;

public static class TeamsEndpointRouteBuilderExtensions
{
    public const string MessagesRoute = "/api/messages";

    /// <summary>
    /// Maps the activity endpoint as a plain <see cref="RequestDelegate"/>: a lambda with parameters would
    /// have ASP.NET Core compile a binding for it at the first request, about 100 ms before the bot's first answer.
    /// </summary>
    public static IEndpointConventionBuilder MapTeamsEndpoint(this IEndpointRouteBuilder endpoints, string route = MessagesRoute) =>
        endpoints.MapPost(route, (RequestDelegate)HandleAsync)
            .DisableAntiforgery()
            .WithName("BotMessages");

    private static async Task HandleAsync(HttpContext http)
    {
        var result = await http.RequestServices.GetRequiredService<ActivityEndpoint>().HandleAsync(http);
        await result.ExecuteAsync(http);
    }
}
