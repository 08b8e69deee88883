namespace RegistryBot.Ordering.TrustedSources;

/// <summary>
/// A block that never appears as a source address on the public internet. <see cref="Kind"/> is a noun
/// phrase with its article ("a private range"), <see cref="Reference"/> the RFC that defines the block.
/// </summary>
internal sealed record SpecialPurposeBlock(string Cidr, string Kind, string Reference)
{
    public AddressRange Range { get; } = AddressRange.Parse(Cidr);
}
