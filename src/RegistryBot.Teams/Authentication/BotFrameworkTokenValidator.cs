using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using RegistryBot.Teams.Hosting;

namespace RegistryBot.Teams.Authentication;

/// <summary>
/// Validates the JWT the Bot Connector sends with every activity, following
/// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication:
/// Bearer scheme, signature by a key from the OpenID metadata (RS256/384/512 only), issuer,
/// audience = our app id, lifetime with 5 minutes of skew. Endorsements and the serviceurl claim
/// are returned for the endpoint to check against the activity.
/// </summary>
public sealed class BotFrameworkTokenValidator : IInboundAuthenticator
{
    private const string BearerPrefix = "Bearer ";
    private const string ServiceUrlClaim = "serviceurl";
    private const string EndorsementsProperty = "endorsements";

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly TokenValidationParameters _parameters;

    public BotFrameworkTokenValidator(IOptions<TeamsOptions> options, ConfigurationManager<OpenIdConnectConfiguration> metadata)
    {
        _metadata = metadata;
        var settings = options.Value;
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = settings.TokenIssuer,
            ValidAudience = settings.MicrosoftAppId,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512],
            ConfigurationManager = metadata,
        };
    }

    public async Task<InboundAuthenticationResult> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return InboundAuthenticationResult.Fail("no Authorization header");
        }

        // The connector always sends exactly "Bearer"; the SDK compares it case-sensitively too.
        if (!authorizationHeader.StartsWith(BearerPrefix, StringComparison.Ordinal))
        {
            return InboundAuthenticationResult.Fail("the Authorization header is not a Bearer token");
        }

        var token = authorizationHeader[BearerPrefix.Length..].Trim();
        if (!_handler.CanReadToken(token))
        {
            return InboundAuthenticationResult.Fail("the bearer token is not a well-formed JWT");
        }

        TokenValidationResult result;
        try
        {
            result = await _handler.ValidateTokenAsync(token, _parameters);
        }
        catch (Exception exception) when (exception is SecurityTokenException or ArgumentException or InvalidOperationException)
        {
            return InboundAuthenticationResult.Fail($"token validation failed: {exception.GetType().Name}");
        }

        if (!result.IsValid)
        {
            return InboundAuthenticationResult.Fail(DescribeFailure(result.Exception));
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!jwt.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl) || string.IsNullOrEmpty(serviceUrl))
        {
            return InboundAuthenticationResult.Fail("the token has no serviceurl claim");
        }

        var keyId = jwt.SigningKey?.KeyId ?? jwt.Kid;
        var endorsements = await EndorsementsOfAsync(keyId, cancellationToken);
        return InboundAuthenticationResult.Success(new AuthenticatedChannel(serviceUrl, endorsements));
    }

    private async Task<IReadOnlySet<string>> EndorsementsOfAsync(string? keyId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(keyId))
        {
            return new HashSet<string>();
        }

        var configuration = await _metadata.GetConfigurationAsync(cancellationToken);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue(EndorsementsProperty, out var raw))
        {
            return new HashSet<string>();
        }

        return ReadEndorsements(raw);
    }

    private static HashSet<string> ReadEndorsements(object? raw) => raw switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String)
            .Select(e => e.GetString()!)
            .ToHashSet(StringComparer.Ordinal),
        IEnumerable<object> list => list.OfType<string>().ToHashSet(StringComparer.Ordinal),
        _ => [],
    };

    private static string DescribeFailure(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenInvalidAudienceException => "the token's audience is not this bot",
        SecurityTokenInvalidIssuerException => "the token's issuer is not the Bot Framework",
        SecurityTokenSignatureKeyNotFoundException => "the token is signed by an unknown key",
        SecurityTokenInvalidSignatureException => "the token's signature is invalid",
        SecurityTokenInvalidAlgorithmException => "the token's signing algorithm is not allowed",
        SecurityTokenNoExpirationException => "the token has no expiry",
        null => "the token is invalid",
        _ => $"the token is invalid ({exception.GetType().Name})",
    };
}
