using RegistryBot.Ordering.Rules;

namespace RegistryBot.Tests.Ordering.Rules;

public sealed class OfferedChoiceRuleTests
{
    [Fact]
    public void An_offered_value_passes_exactly()
    {
        Assert.Equal("small", OfferedChoiceRule.Check("small", ["small", "large"], "node size").Value);
    }

    [Theory]
    [InlineData("SMALL")]
    [InlineData("xxl")]
    [InlineData("small,large")]
    public void A_value_the_card_did_not_offer_is_refused_like_bad_input(string tampered)
    {
        var result = OfferedChoiceRule.Check(tampered, ["small", "large"], "node size");

        Assert.False(result.IsValid);
        Assert.Contains($"\"{tampered}\" is not a node size on offer", result.Error);
    }

    [Fact]
    public void A_very_long_tampered_value_is_shortened_in_the_message()
    {
        var result = OfferedChoiceRule.Check(new string('x', 5000), ["small"], "region");

        Assert.True(result.Error!.Length < 200);
    }
}
