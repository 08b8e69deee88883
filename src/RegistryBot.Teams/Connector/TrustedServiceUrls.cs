using System.Collections.Concurrent;

namespace RegistryBot.Teams.Connector;

/// <summary>
/// The serviceUrls the bot may send its token to: only those an authenticated activity brought
/// (its token's serviceurl claim matched). The app re-seeds it at start from stored references,
/// which were themselves recorded from authenticated activities.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _urls = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl) => _urls.TryAdd(Normalise(serviceUrl), 0);

    public bool IsTrusted(string serviceUrl) => _urls.ContainsKey(Normalise(serviceUrl));

    private static string Normalise(string serviceUrl) => serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
}
