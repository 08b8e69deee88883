using System.Net.Mail;

namespace RegistryBot.Ordering.Rules;

/// <summary>An invoice address must be one plain mailbox: <c>name@domain.tld</c>, no display name, no list.</summary>
public static class EmailRule
{
    public static RuleResult<string> Check(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return RuleResult<string>.Fail("Enter the e-mail address invoices go to.");
        }

        if (trimmed.Length > 254
            || !MailAddress.TryCreate(trimmed, out var address)
            || address.Address != trimmed
            || !address.Host.Contains('.', StringComparison.Ordinal)
            || address.Host.StartsWith('.') || address.Host.EndsWith('.'))
        {
            return RuleResult<string>.Fail($"\"{trimmed}\" is not an e-mail address.");
        }

        return RuleResult<string>.Ok(address.Address);
    }
}
