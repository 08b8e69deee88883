using RegistryBot.Ordering.Rules;

namespace RegistryBot.Tests.Ordering.Rules;

public sealed class EmailRuleTests
{
    [Theory]
    [InlineData("ap@acme.example")]
    [InlineData(" invoices+registry@sub.acme.example ")]
    public void A_plain_mailbox_passes(string text)
    {
        Assert.True(EmailRule.Check(text).IsValid);
    }

    [Theory]
    [InlineData("bad")]
    [InlineData("a@b")]
    [InlineData("Ada <ada@acme.example>")]
    [InlineData("a@acme.example, b@acme.example")]
    [InlineData("@acme.example")]
    [InlineData("ada@.example")]
    public void Anything_else_is_refused_naming_the_entry(string text)
    {
        var result = EmailRule.Check(text);

        Assert.False(result.IsValid);
        Assert.Contains(text.Trim(), result.Error);
    }

    [Fact]
    public void An_empty_address_asks_for_one()
    {
        Assert.Contains("Enter the e-mail", EmailRule.Check("  ").Error);
    }
}
