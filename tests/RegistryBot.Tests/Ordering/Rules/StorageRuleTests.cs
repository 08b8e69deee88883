using RegistryBot.Ordering.Catalog;
using RegistryBot.Ordering.Rules;

namespace RegistryBot.Tests.Ordering.Rules;

public sealed class StorageRuleTests
{
    private static readonly StorageRange Range = new() { MinGb = 50, MaxGb = 2000, StepGb = 1 };

    [Theory]
    [InlineData("50", 50)]
    [InlineData(" 2000 ", 2000)]
    [InlineData("50.0", 50)]
    [InlineData("750", 750)]
    public void Whole_gigabytes_within_bounds_pass(string text, int expected)
    {
        var result = StorageRule.Check(text, Range);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("49", "below the minimum of 50 GB")]
    [InlineData("50.5", "whole number")]
    [InlineData("49.99999999999999999999999999999", "whole number")]
    [InlineData("50.00000000000000000000000000001", "whole number")]
    [InlineData("2001", "above the maximum of 2000 GB")]
    [InlineData("-50", "below the minimum")]
    [InlineData("fifty", "not a number")]
    [InlineData("", "Enter the storage size")]
    [InlineData(null, "Enter the storage size")]
    [InlineData("1e3", "not a number")]
    public void Anything_else_is_refused_with_a_reason(string? text, string reason)
    {
        var result = StorageRule.Check(text, Range);

        Assert.False(result.IsValid);
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void A_configured_step_is_enforced_from_the_minimum()
    {
        var stepped = new StorageRange { MinGb = 50, MaxGb = 500, StepGb = 10 };

        Assert.True(StorageRule.Check("60", stepped).IsValid);
        Assert.Contains("steps of 10 GB", StorageRule.Check("55", stepped).Error);
    }
}
