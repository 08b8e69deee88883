using System.Net.Http.Json;
using System.Text.Json;
using RegistryBot.Portal.Http.Contracts;

namespace RegistryBot.Portal.Http;

/// <summary>Turns an error answer into a sentence: the RFC 9457 problem's detail, else its title, else the status.</summary>
internal static class PortalProblem
{
    public static async Task<string> DescribeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var problem = await ReadAsync(response, cancellationToken);
        var text = string.IsNullOrWhiteSpace(problem?.Detail) ? problem?.Title : problem.Detail;
        return string.IsNullOrWhiteSpace(text)
            ? $"HTTP {(int)response.StatusCode} ({response.StatusCode})"
            : text;
    }

    private static async Task<ProblemDto?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync(PortalJsonContext.Default.ProblemDto, cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            // Not a problem body (a proxy's HTML page, say): the status alone describes it.
            return null;
        }
    }
}
