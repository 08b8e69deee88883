namespace RegistryBot.Ordering.Drafts;

/// <summary>The billing details a new customer gives instead of choosing an existing profile.</summary>
public sealed class NewBillingProfile
{
    public string Company { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;
}
