using Microsoft.Identity.Client;

namespace RegistryBot.Teams.Connector;

/// <summary>Hands MSAL a pooled client from <see cref="IHttpClientFactory"/> instead of one of its own.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string ClientName = "msal";

    public HttpClient GetHttpClient() => factory.CreateClient(ClientName);
}
