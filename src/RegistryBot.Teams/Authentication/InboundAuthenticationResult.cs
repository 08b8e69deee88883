namespace RegistryBot.Teams.Authentication;

/// <summary>
/// The outcome of checking an inbound bearer token. A valid result still has to be matched
/// against the activity it came with (<see cref="AuthenticatedChannel.Admits"/>).
/// </summary>
public sealed record InboundAuthenticationResult(AuthenticatedChannel? Channel, string? FailureReason)
{
    public bool Succeeded => Channel is not null;

    public static InboundAuthenticationResult Fail(string reason) => new(null, reason);

    public static InboundAuthenticationResult Success(AuthenticatedChannel channel) => new(channel, null);
}
