using RegistryBot.Teams.Schema;

namespace RegistryBot.Teams.Authentication;

/// <summary>What a validated token proves: which serviceUrl it speaks for and which channels its key endorses.</summary>
public sealed record AuthenticatedChannel(string ServiceUrl, IReadOnlySet<string> Endorsements)
{
    /// <summary>
    /// The checks that need the activity: its serviceUrl equals the token's <c>serviceurl</c> claim and
    /// the signing key endorses its channelId. An empty channelId fails, unlike the archived SDK.
    /// </summary>
    public string? Admits(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ChannelId))
        {
            return "the activity has no channelId";
        }

        if (!Endorsements.Contains(activity.ChannelId))
        {
            return $"the signing key does not endorse channel '{activity.ChannelId}'";
        }

        if (!string.Equals(activity.ServiceUrl, ServiceUrl, StringComparison.Ordinal))
        {
            return "the activity's serviceUrl differs from the token's serviceurl claim";
        }

        return null;
    }
}
