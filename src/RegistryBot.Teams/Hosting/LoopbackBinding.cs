using System.Net;

namespace RegistryBot.Teams.Hosting;

/// <summary>
/// Without an app id nobody's token is checked, so the bot may only listen where nobody else can
/// reach it: loopback addresses. This tells whether a listen address is one.
/// </summary>
public static class LoopbackBinding
{
    public static bool IsLoopbackOnly(IEnumerable<string> urls) => urls.All(IsLoopback);

    public static bool IsLoopback(string url)
    {
        // Kestrel accepts wildcards (http://*:80, http://+:80) that Uri cannot parse as hosts.
        var normalised = url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal)
            .Replace("://+", "://wildcard.invalid", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalised, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
