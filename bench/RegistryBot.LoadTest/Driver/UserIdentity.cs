using System.Globalization;

namespace RegistryBot.LoadTest.Driver;

/// <summary>A simulated Teams user with a personal chat of its own; the run id keeps runs against one bot apart.</summary>
public sealed record UserIdentity(int Index, string RunId, string TenantId)
{
    public string ConversationId => $"a:load-{RunId}-{Index}";

    public string UserId => $"29:load-{RunId}-{Index}";

    public string AadObjectId => string.Create(CultureInfo.InvariantCulture, $"{RunId}-0000-4000-8000-{Index:D12}");

    public string Name => $"Load User {Index}";

    /// <summary>A public IPv4 address of 1.0.0.0/8, different for every user.</summary>
    public string TrustedSource
    {
        get
        {
            var n = Index + 1;
            return string.Create(CultureInfo.InvariantCulture, $"1.{(n >> 16) & 0xFF}.{(n >> 8) & 0xFF}.{n & 0xFF}");
        }
    }
}
