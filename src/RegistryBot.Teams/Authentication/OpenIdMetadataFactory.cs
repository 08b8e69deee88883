using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace RegistryBot.Teams.Authentication;

/// <summary>Builds the cached, self-refreshing view of the channel's OpenID metadata and signing keys.</summary>
public static class OpenIdMetadataFactory
{
    public static ConfigurationManager<OpenIdConnectConfiguration> Create(string metadataUrl, HttpClient httpClient)
    {
        var uri = new Uri(metadataUrl, UriKind.Absolute);

        // https is required, except for a metadata server on this machine (local development and tests).
        var retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = !uri.IsLoopback };
        return new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            // New signing keys may appear at any time; the spec asks for a refresh at least daily.
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
    }
}
