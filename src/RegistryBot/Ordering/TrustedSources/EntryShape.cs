namespace RegistryBot.Ordering.TrustedSources;

/// <summary>
/// What the strict syntax check learnt about an entry: its family, where the address text ends and the
/// prefix length it states, or -1 for a bare address.
/// </summary>
internal readonly record struct EntryShape(bool IsIPv6, int AddressLength, int PrefixLength);
