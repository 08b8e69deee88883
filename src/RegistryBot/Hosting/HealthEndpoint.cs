using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RegistryBot.Hosting;

public static class HealthEndpoint
{
    public const string Route = "/healthz";

    /// <summary><c>GET /healthz</c>: 200 when every check passes, 503 otherwise, with one line per check.</summary>
    public static IEndpointConventionBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Route, new HealthCheckOptions { ResponseWriter = WriteAsync });

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("status", report.Status.ToString());
            writer.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                writer.WriteStartObject(name);
                writer.WriteString("status", entry.Status.ToString());
                writer.WriteString("description", entry.Description);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return http.Response.Body.WriteAsync(stream.ToArray()).AsTask();
    }
}
