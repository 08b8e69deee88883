using System.Net;

namespace RegistryBot.LoadTest.Driver;

/// <summary>Posts activities to the bot's <c>/api/messages</c> over pooled keep-alive connections, one per concurrent user.</summary>
public sealed class BotClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _messages;

    public BotClient(Uri botUrl, int maxConnections, TimeSpan timeout)
    {
        _messages = new Uri(botUrl, "api/messages");
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(maxConnections, 2),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            Timeout = timeout,
        };
    }

    /// <summary>Sends one activity; the answer's body lands in <paramref name="response"/>.</summary>
    public async Task<int> PostAsync(ReadOnlyMemory<byte> activity, ResponseBuffer response, CancellationToken cancellationToken)
    {
        using var content = new ReadOnlyMemoryContent(activity);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, _messages) { Content = content };
        using var answer = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await using var stream = await answer.Content.ReadAsStreamAsync(cancellationToken);
        await response.FillAsync(stream, cancellationToken);
        return (int)answer.StatusCode;
    }

    public void Dispose() => _http.Dispose();
}
