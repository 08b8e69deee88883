using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RegistryBot.Tests.Portal;

/// <summary>A scripted answer the fake portal gives once, before it goes back to behaving like the real portal.</summary>
public sealed record FakeAnswer(int Status, JsonNode? Body = null, string ContentType = "application/json", TimeSpan Delay = default, int? RetryAfterSeconds = null)
{
    public static FakeAnswer Fails(int status) =>
        new(status, new JsonObject { ["title"] = "Failure", ["status"] = status }, "application/problem+json");

    public static FakeAnswer Problem(int status, string title, string detail) =>
        new(status, new JsonObject { ["type"] = "about:blank", ["title"] = title, ["status"] = status, ["detail"] = detail }, "application/problem+json");

    public static FakeAnswer Throttled(int retryAfterSeconds) => Fails(StatusCodes.Status429TooManyRequests) with { RetryAfterSeconds = retryAfterSeconds };

    public static FakeAnswer Slow(TimeSpan delay) => new(StatusCodes.Status200OK, new JsonObject { ["items"] = new JsonArray() }, Delay: delay);

    public static FakeAnswer Ok(JsonNode body) => new(StatusCodes.Status200OK, body);

    public async Task WriteAsync(HttpContext context)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted);
        }

        context.Response.StatusCode = Status;
        if (RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (Body is not null)
        {
            context.Response.ContentType = ContentType;
            await context.Response.WriteAsync(Body.ToJsonString(), context.RequestAborted);
        }
    }
}
