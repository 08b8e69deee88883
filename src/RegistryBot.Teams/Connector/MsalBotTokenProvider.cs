using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;
using RegistryBot.Teams.Hosting;

namespace RegistryBot.Teams.Connector;

/// <summary>
/// Client-credentials tokens for the Bot Connector from one MSAL application object, whose
/// in-memory token cache then answers every call until the token nears expiry.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly string[] _scopes;
    private readonly string _managedIdentityResource;
    private readonly IConfidentialClientApplication? _confidentialClient;
    private readonly IManagedIdentityApplication? _managedIdentity;

    public MsalBotTokenProvider(IOptions<TeamsOptions> options, IMsalHttpClientFactory httpClientFactory)
    {
        var settings = options.Value;
        _scopes = [settings.OutboundScope];
        _managedIdentityResource = settings.OutboundScope.Replace("/.default", string.Empty, StringComparison.Ordinal);

        if (settings.MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            _managedIdentity = ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(settings.MicrosoftAppId))
                .WithHttpClientFactory(httpClientFactory)
                .Build();
            return;
        }

        var builder = ConfidentialClientApplicationBuilder
            .Create(settings.MicrosoftAppId)
            .WithClientSecret(settings.MicrosoftAppPassword)
            .WithHttpClientFactory(httpClientFactory);

        if (!string.IsNullOrWhiteSpace(settings.TokenAuthority))
        {
            // A configured authority is not a Microsoft cloud: MSAL must not ask Entra's instance discovery about it.
            builder = builder.WithAuthority(settings.TokenAuthority, validateAuthority: false).WithInstanceDiscovery(false);
        }
        else
        {
            builder = builder.WithAuthority(TokenAuthorities.For(settings));
        }

        _confidentialClient = builder.Build();
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_managedIdentity is not null)
        {
            var identityResult = await _managedIdentity.AcquireTokenForManagedIdentity(_managedIdentityResource)
                .ExecuteAsync(cancellationToken);
            return identityResult.AccessToken;
        }

        var result = await _confidentialClient!.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
