using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc;

namespace RegistryBot.Teams.Hosting;

public static class TeamsEndpointRouteBuilderExtensions
{
    public const string MessagesRoute = "/api/messages";

    public static RouteHandlerBuilder MapTeamsEndpoint(this IEndpointRouteBuilder endpoints, string route = MessagesRoute) =>
        endpoints.MapPost(route, ([FromServices] ActivityEndpoint endpoint, HttpContext http) => endpoint.HandleAsync(http))
            .DisableAntiforgery()
            .WithName("BotMessages");
}
