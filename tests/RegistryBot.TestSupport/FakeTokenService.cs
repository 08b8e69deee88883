using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RegistryBot.TestSupport;

/// <summary>
/// Entra's token endpoint for the client-credentials grant, over https on 127.0.0.1 (MSAL refuses
/// plain http authorities). Every token request is recorded with its form.
/// </summary>
public sealed class FakeTokenService : IAsyncDisposable
{
    public const string AccessToken = "test-access-token";

    private readonly ConcurrentQueue<RecordedTokenRequest> _tokenRequests = new();
    private LoopbackServer? _server;

    private FakeTokenService(X509Certificate2 certificate) => Certificate = certificate;

    /// <summary>Its self-signed TLS certificate: a client that trusts it reaches the service.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Every token request, in arrival order.</summary>
    public IReadOnlyList<RecordedTokenRequest> TokenRequests => [.. _tokenRequests];

    public static async Task<FakeTokenService> StartAsync()
    {
        var service = new FakeTokenService(LoopbackCertificate.Create());
        service._server = await LoopbackServer.StartAsync(
            app => app.MapPost("/{tenant}/oauth2/v2.0/token", service.IssueAsync),
            certificate: service.Certificate);
        return service;
    }

    /// <summary>The value for <c>Bot:TokenAuthority</c>.</summary>
    public string AuthorityFor(string tenantId) =>
        (_server ?? throw new InvalidOperationException("The fake token service has not been started.")).Origin + "/" + tenantId;

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Certificate.Dispose();
    }

    private async Task IssueAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        _tokenRequests.Enqueue(new RecordedTokenRequest(
            (string?)http.Request.RouteValues["tenant"] ?? string.Empty,
            form.ToDictionary(field => field.Key, field => field.Value.ToString())));
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(
            new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["access_token"] = AccessToken }.ToJsonString(),
            http.RequestAborted);
    }
}
