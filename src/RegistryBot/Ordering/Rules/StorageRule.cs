using System.Globalization;
using RegistryBot.Ordering.Catalog;

namespace RegistryBot.Ordering.Rules;

/// <summary>Storage is a whole number of GB, within the catalog's bounds and on its step.</summary>
public static class StorageRule
{
    public static RuleResult<int> Check(string? text, StorageRange range)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return RuleResult<int>.Fail("Enter the storage size in GB.");
        }

        if (!decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return RuleResult<int>.Fail($"Storage \"{trimmed}\" is not a number of GB.");
        }

        // Read from the text: decimal keeps 28-29 digits and would round 49.99999999999999999999999999999 to 50.
        if (HasFraction(trimmed))
        {
            return RuleResult<int>.Fail($"Storage \"{trimmed}\" must be a whole number of GB.");
        }

        if (number < range.MinGb)
        {
            return RuleResult<int>.Fail($"Storage {trimmed} GB is below the minimum of {range.MinGb} GB.");
        }

        if (number > range.MaxGb)
        {
            return RuleResult<int>.Fail($"Storage {trimmed} GB is above the maximum of {range.MaxGb} GB.");
        }

        var gigabytes = (int)number;
        if ((gigabytes - range.MinGb) % range.StepGb != 0)
        {
            return RuleResult<int>.Fail($"Storage comes in steps of {range.StepGb} GB from {range.MinGb} GB: {gigabytes} GB is not one of them.");
        }

        return RuleResult<int>.Ok(gigabytes);
    }

    private static bool HasFraction(string number)
    {
        var point = number.IndexOf('.');
        return point >= 0 && number.AsSpan(point + 1).ContainsAnyExcept('0');
    }
}
