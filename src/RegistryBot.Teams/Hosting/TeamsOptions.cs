using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace RegistryBot.Teams.Hosting;

/// <summary>The bot's identity and protocol settings, bound from the <c>Bot</c> section.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Bot";
    public const string PublicCloudOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string PublicCloudTokenIssuer = "https://api.botframework.com";
    public const string BotFrameworkScope = "https://api.botframework.com/.default";

    /// <summary>The Azure Bot's app id. Empty means authentication is off (loopback only).</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public BotAppType MicrosoftAppType { get; set; } = BotAppType.SingleTenant;

    public string? MicrosoftAppTenantId { get; set; }

    [Required, Url]
    public string OpenIdMetadataUrl { get; set; } = PublicCloudOpenIdMetadataUrl;

    [Required]
    public string TokenIssuer { get; set; } = PublicCloudTokenIssuer;

    /// <summary>Overrides the MSAL authority; otherwise derived from the app type and tenant.</summary>
    public string? TokenAuthority { get; set; }

    [Required]
    public string OutboundScope { get; set; } = BotFrameworkScope;

    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    [ValidateObjectMembers]
    public ConnectorRetryOptions ConnectorRetry { get; set; } = new();

    /// <summary>Tenants whose activities are accepted; empty accepts every tenant.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    [ValidateObjectMembers]
    public RateLimitOptions RateLimits { get; set; } = new();

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
