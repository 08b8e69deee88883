namespace RegistryBot.Ordering.Rules;

/// <summary>A choice must be one the card offered: a tampered or outdated value is refused like any bad input.</summary>
public static class OfferedChoiceRule
{
    public static RuleResult<string> Check(string? value, IEnumerable<string> offered, string label)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return RuleResult<string>.Fail($"Choose a {label}.");
        }

        return offered.Contains(trimmed, StringComparer.Ordinal)
            ? RuleResult<string>.Ok(trimmed)
            : RuleResult<string>.Forged($"\"{Shorten(trimmed)}\" is not a {label} on offer; choose one from the list.");
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
