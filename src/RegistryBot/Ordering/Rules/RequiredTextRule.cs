namespace RegistryBot.Ordering.Rules;

public static class RequiredTextRule
{
    public static RuleResult<string> Check(string? text, string label, int maxLength)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return RuleResult<string>.Fail($"Enter the {label}.");
        }

        return trimmed.Length > maxLength
            ? RuleResult<string>.Fail($"The {label} is longer than {maxLength} characters.")
            : RuleResult<string>.Ok(trimmed);
    }
}
