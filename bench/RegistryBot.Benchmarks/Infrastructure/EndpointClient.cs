using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RegistryBot.Teams.Hosting;

namespace RegistryBot.Benchmarks.Infrastructure;

/// <summary>Hands activity bodies to <see cref="ActivityEndpoint"/> in-process, as Kestrel would, and writes its answer to nowhere.</summary>
public sealed class EndpointClient(BenchmarkApp app)
{
    private readonly ActivityEndpoint _endpoint = app.Services.GetRequiredService<ActivityEndpoint>();
    private long _lastActivityId;

    public async Task<int> PostAsync(ActivityBody activity, string conversation, string draftId = "")
    {
        var body = activity.Render(++_lastActivityId, conversation, draftId);
        var http = new DefaultHttpContext { RequestServices = app.Services };
        http.Request.Method = HttpMethods.Post;
        http.Request.ContentType = "application/json";
        http.Request.ContentLength = body.Length;
        http.Request.Body = new MemoryStream(body, writable: false);
        http.Response.Body = Stream.Null;

        var result = await _endpoint.HandleAsync(http);
        await result.ExecuteAsync(http);
        return http.Response.StatusCode;
    }

    /// <summary>The draft id on the last card the bot sent through the connector.</summary>
    public string LastDraftId() =>
        Find(app.Connector.Last?.Attachments?[0].Content, "draftId") ?? throw new InvalidOperationException("The last card carries no draftId.");

    private static string? Find(JsonNode? node, string name) => node switch
    {
        JsonObject obj when obj[name] is JsonValue value && value.TryGetValue<string>(out var text) => text,
        JsonObject obj => obj.Select(property => Find(property.Value, name)).FirstOrDefault(found => found is not null),
        JsonArray array => array.Select(item => Find(item, name)).FirstOrDefault(found => found is not null),
        _ => null,
    };
}
