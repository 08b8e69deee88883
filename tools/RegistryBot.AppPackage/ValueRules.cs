using System.Text.RegularExpressions;

namespace RegistryBot.AppPackage;

/// <summary>The formats the Teams manifest schema (v1.29) and the app package documentation ask for.</summary>
internal static partial class ValueRules
{
    public const int MaxShortName = 30;
    public const int MaxFullName = 100;
    public const int MaxDeveloperName = 32;
    public const int MaxValidDomains = 16;
    public const int MaxDomainLength = 2048;

    public static bool IsGuid(string value) => GuidPattern().IsMatch(value) && Guid.Parse(value) != Guid.Empty;

    public static bool IsVersion(string value) => VersionPattern().IsMatch(value);

    public static bool IsHexColor(string value) => HexColorPattern().IsMatch(value);

    public static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0;

    /// <summary>A host name you control, optionally with a whole leftmost <c>*</c> label; no scheme, port or path.</summary>
    public static bool IsDomain(string value)
    {
        var host = value.StartsWith("*.", StringComparison.Ordinal) ? value[2..] : value;
        return value.Length <= MaxDomainLength
            && host.Contains('.', StringComparison.Ordinal)
            && DomainPattern().IsMatch(host);
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColorPattern();

    [GeneratedRegex(@"^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$")]
    private static partial Regex DomainPattern();
}
