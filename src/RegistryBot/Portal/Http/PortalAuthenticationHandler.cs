using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace RegistryBot.Portal.Http;

/// <summary>
/// Puts the portal's credentials on every request: the <c>X-Api-Key</c> header, or a client-credentials
/// bearer token. A 401 on a bearer token fetches a fresh token and tries once more, since the portal
/// may revoke or rotate a token before the expiry it announced.
/// </summary>
internal sealed class PortalAuthenticationHandler(IOptions<PortalOptions> options, ClientCredentialsTokenSource tokens) : DelegatingHandler
{
    public const string ApiKeyHeader = "X-Api-Key";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value.Http;
        if (settings.Auth == PortalAuthMode.ApiKey)
        {
            request.Headers.Remove(ApiKeyHeader);
            request.Headers.Add(ApiKeyHeader, settings.ApiKey);
            return await base.SendAsync(request, cancellationToken);
        }

        var token = await tokens.GetAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        token = await tokens.RenewAsync(token, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
