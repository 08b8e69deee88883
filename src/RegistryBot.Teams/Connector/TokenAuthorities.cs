using RegistryBot.Teams.Hosting;

namespace RegistryBot.Teams.Connector;

/// <summary>The Entra authority that issues the bot's outbound tokens, per registration type.</summary>
public static class TokenAuthorities
{
    private const string PublicCloudLogin = "https://login.microsoftonline.com/";

    public static string For(TeamsOptions options) => options.MicrosoftAppType switch
    {
        BotAppType.MultiTenant => PublicCloudLogin + "botframework.com",
        _ => PublicCloudLogin + options.MicrosoftAppTenantId,
    };
}
