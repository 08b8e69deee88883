namespace RegistryBot.Ordering.Catalog;

public sealed class TermsLink
{
    public string Title { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;
}
